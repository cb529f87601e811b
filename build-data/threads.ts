// Worker threads that run the build's own TypeScript modules, as the build itself runs them (tsx).
import { Worker } from "node:worker_threads";

/** Starts a worker thread on the TypeScript module `entry`, which finds `data` as its workerData. */
export function tsWorker(entry: URL, data: unknown): Worker {
  // Loader hooks are per thread: a worker running TypeScript registers tsx before importing it.
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}
