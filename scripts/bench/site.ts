// The site under measurement: built into a folder of its own (never dist/), its data folder
// swapped for the build being measured, and served by `astro preview` on a port of our choice.
import { cpSync, rmSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { failureReason, runChild } from "./child.ts";

/** Builds the pages from `dataDir`'s manifest into `outDir`, then serves `dataDir` as /data/. */
export async function buildSite(dataDir: string, outDir: string): Promise<void> {
  const result = await runChild("npx", ["astro", "build", "--silent", "--outDir", outDir], {
    env: { FILMOTECA_DATA_DIR: dataDir },
    timeoutMs: 10 * 60_000,
  });
  const reason = failureReason(result, 10 * 60_000);
  if (reason) throw new Error(`astro build failed (${reason})`);
  useData(outDir, dataDir);
}

/** Replaces the served data of a built site (astro copies public/data, which may be another build). */
export function useData(outDir: string, dataDir: string): void {
  const target = join(outDir, "data");
  rmSync(target, { recursive: true, force: true });
  cpSync(dataDir, target, { recursive: true });
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Serves `outDir` on 127.0.0.1:`port` until stop() is called. */
export async function serve(outDir: string, port: number): Promise<Server> {
  const child = spawn(
    "npx",
    ["astro", "preview", "--host", "127.0.0.1", "--port", String(port), "--outDir", outDir],
    { stdio: "ignore", detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once("exit", r));
    // npx starts astro as a grandchild: signal the whole process group we created.
    process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  try {
    await waitFor(`${url}/`, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
