/**
 * Apple writes dates differently by area: Pacific offsets for builds and testers
 * (`2019-04-30T17:16:21-07:00`, `-08:00` in winter), `2020-11-28T17:08:05.000+0000` in
 * provisioning, `Z` for groups. Text order is not time order across those forms or across a change
 * of the Pacific offset, so dates are compared as instants, parsed here.
 */
export function appleInstant(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  // `+0000` (no colon) is not ISO 8601's extended form: write it as `+00:00` before parsing.
  const normal = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normal);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Orders dates newest first; an unknown date sorts last. */
export function newestFirst(a: string | null | undefined, b: string | null | undefined): number {
  const [x, y] = [appleInstant(a), appleInstant(b)];
  if (x === undefined) return y === undefined ? 0 : 1;
  if (y === undefined) return -1;
  return y - x;
}
