// Runs a command with inherited output and resolves with its exit code (scripts' only process helper).
import { spawn } from "node:child_process";

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs the steps in order and exits with the first failing step's code. */
export async function runAll(
  steps: [string, string[]][],
  env: NodeJS.ProcessEnv = {},
): Promise<void> {
  for (const [command, args] of steps) {
    const code = await run(command, args, env);
    if (code !== 0) process.exit(code);
  }
}
