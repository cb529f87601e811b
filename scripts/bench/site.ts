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

/** The URL astro preview says it listens on: it moves to the next free port when ours is taken. */
function listeningUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () =>
        reject(
          new Error(`astro preview did not start within ${timeoutMs / 1000} s: ${output.trim()}`),
        ),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk;
      // Astro colours its output; strip the escapes before reading the address.
      const match = output.replace(/\x1b\[[0-9;]*m/g, "").match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`astro preview exited with ${code}: ${output.trim()}`));
    });
  });
}

/**
 * Serves `outDir` on 127.0.0.1, on `port` when it is free, until stop() is called. The URL is the
 * one astro reports, so a port taken by another server is never mistaken for ours.
 */
export async function serve(outDir: string, port: number): Promise<Server> {
  const astro = join(process.cwd(), "node_modules", "astro", "astro.js");
  const child = spawn(
    process.execPath,
    [astro, "preview", "--host", "127.0.0.1", "--port", String(port), "--outDir", outDir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(killer);
  };
  try {
    const url = await listeningUrl(child, 60_000);
    const response = await fetch(`${url}/`);
    if (!response.ok) throw new Error(`astro preview answered ${response.status} at ${url}/`);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
