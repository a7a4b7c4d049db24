import { InputError } from '../../input-error.js';

const unitMs: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/**
 * When `since` starts: a duration back from `now` (`30m`, `24h`, `7d`, `2w`), a date (`2025-06-01`,
 * midnight UTC) or a date and time (`2025-06-01T08:00:00Z`). Refused by name when it is neither,
 * or in the future.
 */
export function parseSince(value: string, now: number, input = 'since'): number {
  const duration = /^(\d+)\s*([mhdw])$/i.exec(value);
  let cutoff: number;
  if (duration) {
    cutoff = now - Number(duration[1]) * (unitMs[(duration[2] ?? 'h').toLowerCase()] ?? 0);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    cutoff = Date.parse(`${value}T00:00:00Z`);
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    cutoff = Date.parse(value);
  } else {
    cutoff = Number.NaN;
  }
  if (Number.isNaN(cutoff)) {
    throw new InputError(
      input,
      `'${value}' is neither a duration (like 24h, 7d, 30m, 2w) nor a date (like 2025-06-01 or 2025-06-01T08:00:00Z)`,
    );
  }
  if (cutoff > now) throw new InputError(input, `'${value}' is in the future`);
  return cutoff;
}
