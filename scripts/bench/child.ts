// Child processes of the bench: run one with a time limit, capture its output, and say in one
// sentence why it failed (exit code, signal, timeout, or the last line it printed to stderr).
import { spawn } from "node:child_process";

/** Options of {@link runChild}. */
export interface ChildOptions {
  /** Extra environment variables. Default none. */
  env?: NodeJS.ProcessEnv;
  /** Kill the child after this many milliseconds. Default 20 minutes. */
  timeoutMs?: number;
  /** Echo the child's output as it comes. Default false. */
  echo?: boolean;
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallSeconds: number;
  stdout: string;
  stderr: string;
}

export function runChild(
  command: string,
  args: string[],
  options: ChildOptions = {},
): Promise<ChildResult> {
  const { env = {}, timeoutMs = 20 * 60_000, echo = false } = options;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
      if (echo) process.stderr.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
      if (echo) process.stderr.write(d);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      resolve({ code, signal, timedOut, wallSeconds, stdout, stderr });
    });
  });
}

/** Why a child failed, in one line; null when it succeeded. */
export function failureReason(result: ChildResult, timeoutMs?: number): string | null {
  if (result.timedOut)
    return `killed after ${((timeoutMs ?? 0) / 60_000).toFixed(0)} min without finishing`;
  if (result.code === 0) return null;
  const lines = result.stderr.trim().split("\n").filter(Boolean);
  const oom = lines.find((l) => /heap out of memory|Allocation failed/i.test(l));
  const last = oom ?? lines.at(-1) ?? "(no output)";
  const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
  return `${how}: ${last.trim().slice(0, 300)}`;
}
