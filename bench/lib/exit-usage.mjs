// Preloaded with `--import` into a process the bench does not otherwise control (the `phigate` CLI): at exit it
// writes the process's peak RSS (VmHWM, Linux) and CPU time to the file PHIGATE_BENCH_USAGE_FILE names.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.PHIGATE_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    const cpu = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ peakRssBytes: m ? Number(m[1]) * 1024 : null, cpuMs: (cpu.user + cpu.system) / 1000 }));
  });
}
