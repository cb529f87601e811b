// The machine and the code a benchmark ran on, recorded beside its figures.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import type { Results } from "../../src/bench/performance.ts";

export function machine(chromiumVersion: string): Results["machine"] {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    // Other work on the machine slows every figure; the 1-minute load average says how much there was.
    load_avg_1m: Number(loadavg()[0].toFixed(2)),
  };
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** The commit and branch measured; `dirty` when the working tree had uncommitted changes. */
export function codeVersion(): Results["code"] {
  return {
    commit: git(["rev-parse", "HEAD"]),
    branch: git(["rev-parse", "--abbrev-ref", "HEAD"]),
    dirty: git(["status", "--porcelain"]) !== "",
  };
}
