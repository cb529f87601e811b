// The build's effects for a terminal: a cli-progress bar per stage on a TTY, one plain line per
// stage otherwise (CI logs), nothing with --quiet except errors.
import cliProgress from "cli-progress";
import type { Effects, StageProgress } from "./etl/types.ts";

/** Options of {@link consoleEffects}. */
export interface ConsoleOptions {
  /** Print nothing but errors. Default false. */
  quiet?: boolean;
  /** Draw bars (true on a terminal). Default: process.stderr.isTTY. */
  tty?: boolean;
  /** Where lines go. Default: console.log. */
  write?: (line: string) => void;
}

const human = (n: number, unit: string) =>
  unit === "bytes" ? `${(n / 1e6).toFixed(1)} MB` : `${n.toLocaleString("en-US")} ${unit}`;

export function consoleEffects(options: ConsoleOptions = {}): Effects {
  const write = options.write ?? ((line: string) => console.log(line));
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  if (options.quiet) return { log: () => {}, stage: () => ({ update: () => {}, stop: () => {} }) };
  return {
    log: write,
    stage(name, total, unit): StageProgress {
      const started = performance.now();
      let done = 0;
      const bar = tty
        ? new cliProgress.SingleBar(
            {
              format: `${name.padEnd(20)} {bar} {percentage}% | {value}/{total} ${unit === "bytes" ? "MB" : unit} | {duration}s`,
              stream: process.stderr,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      const scale = unit === "bytes" ? 1e6 : 1;
      bar?.start(Math.max(1, Math.round(total / scale)), 0);
      return {
        update(n) {
          done = n;
          bar?.update(Math.round(n / scale));
        },
        stop() {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          if (bar) {
            bar.update(Math.round(Math.max(done, total) / scale));
            bar.stop();
          } else write(`${name}: ${human(Math.max(done, total), unit)} in ${seconds} s`);
        },
      };
    },
  };
}
