// Preloaded into the ETL child (`node --import`): on exit, writes the process's own peak RSS and
// CPU time as JSON to $FILMOTECA_RUSAGE_FILE, so the bench measures the real CLI unchanged.
import { writeFileSync } from "node:fs";

const file = process.env.FILMOTECA_RUSAGE_FILE;
if (file) {
  process.on("exit", (code) => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes (getrusage ru_maxrss on Linux).
    writeFileSync(
      file,
      JSON.stringify({
        code,
        maxRssMb: usage.maxRSS / 1024,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      }),
    );
  });
}
