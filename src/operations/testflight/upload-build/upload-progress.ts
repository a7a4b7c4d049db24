import type { UploadProgress } from '../../../asc/upload-parts.js';

const megabyte = 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / megabyte).toFixed(1)} MB`;
}

export function megabytesPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / megabyte / (ms / 1000) : 0;
}

/**
 * A progress callback that logs at every 10 % reached, or every `intervalMs` when slower, so that
 * a large upload shows it is alive without flooding the log.
 */
export function progressLogger(
  info: (message: string) => void,
  intervalMs = 5_000,
  now: () => number = Date.now,
): (progress: UploadProgress) => void {
  let nextStep = 10;
  let lastAt = now();
  return (progress) => {
    const percent =
      progress.totalBytes > 0 ? (progress.sentBytes / progress.totalBytes) * 100 : 100;
    const done = progress.partsDone === progress.partsTotal;
    const at = now();
    if (!done && percent < nextStep && at - lastAt < intervalMs) return;
    if (done && nextStep > 100) return;
    if (!done && progress.sentBytes >= progress.totalBytes) return; // 100 % once the last part is in
    lastAt = at;
    while (nextStep <= percent) nextStep += 10;
    if (done) nextStep = 101;
    const rate = megabytesPerSecond(progress.sentBytes, progress.elapsedMs);
    info(
      `Uploaded ${Math.floor(percent)}% (${formatMegabytes(progress.sentBytes)} of ${formatMegabytes(progress.totalBytes)}, ` +
        `${progress.partsDone}/${progress.partsTotal} parts) at ${rate.toFixed(1)} MB/s`,
    );
  };
}
