import { readdirSync, readFileSync } from 'node:fs';

/**
 * Samples the peak resident memory of this process's children whose command line contains
 * `marker` (the action's bundle), from /proc (Linux). `stop()` returns the peak in bytes.
 */
export function watchChildMemory(marker: string, intervalMs = 20): { stop(): number } {
  let peakKb = 0;
  const parent = new RegExp(`^PPid:\\s+${process.pid}$`, 'm');
  const timer = setInterval(() => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8');
        if (!parent.test(status)) continue;
        if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) continue;
        const rss = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
        peakKb = Math.max(peakKb, rss);
      } catch {
        // the process ended between listing and reading
      }
    }
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb * 1024;
    },
  };
}
