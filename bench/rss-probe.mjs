// Loaded with `node --import` when /usr/bin/time is absent: writes this process's peak RSS
// (KiB, from the kernel's ru_maxrss) to $BENCH_RSS_FILE when it exits, also via process.exit().
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
