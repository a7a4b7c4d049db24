export const DAY_MS = 24 * 60 * 60 * 1000;

/** Apple sends dates as ISO 8601 strings; the store keeps them in UTC (`...Z`). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

const pacificParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The instant as Apple's TestFlight areas send it: Pacific wall time with its offset for that
 * instant, `2019-04-30T17:16:21-07:00` in summer, `-08:00` in winter.
 */
export function pacificDate(ms: number): string {
  const seconds = Math.floor(ms / 1000) * 1000;
  const parts = Object.fromEntries(
    pacificParts.formatToParts(new Date(seconds)).map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offsetMinutes = Math.round((wall - seconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The instant as Apple's provisioning areas send it: `2020-11-28T17:08:05.000+0000`. */
export function provisioningDate(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '+0000');
}

/** How each area of Apple's API writes a date-time; areas not listed use ISO 8601 UTC (`Z`). */
const DATE_STYLE_BY_TYPE: Record<string, (ms: number) => string> = {
  builds: pacificDate,
  betaTesters: pacificDate,
  buildUploads: pacificDate,
  devices: provisioningDate,
  certificates: provisioningDate,
  profiles: provisioningDate,
  bundleIds: provisioningDate,
};

const STORED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A stored attribute value as Apple's area of `type` sends it (date-times re-written, others as they are). */
export function wireValue(type: string, value: unknown): unknown {
  const style = DATE_STYLE_BY_TYPE[type];
  if (!style || typeof value !== 'string' || !STORED_DATE_TIME.test(value)) return value;
  return style(Date.parse(value));
}
