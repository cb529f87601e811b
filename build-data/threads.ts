// Worker threads that run the build's own TypeScript modules, as the build itself runs them (tsx).
import { Worker, type Transferable } from "node:worker_threads";

/** Starts a worker thread on the TypeScript module `entry`, which finds `data` as its workerData. */
export function tsWorker(entry: URL, data: unknown, transfer: Transferable[] = []): Worker {
  // Loader hooks are per thread: a worker running TypeScript registers tsx before importing it.
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data, transferList: transfer });
}

/**
 * Runs `entry` in a worker thread for one result: resolves with the first message it posts; rejects
 * with its error, or when it exits without posting.
 */
export function inThread<T>(entry: URL, data: unknown, transfer: Transferable[] = []): Promise<T> {
  const worker = tsWorker(entry, data, transfer);
  return new Promise<T>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`worker ${entry.pathname} exited with code ${code} before its result`)),
    );
  }).finally(() => void worker.terminate());
}
