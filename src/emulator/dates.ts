export const DAY_MS = 24 * 60 * 60 * 1000;

/** Apple sends dates as ISO 8601 strings. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}
