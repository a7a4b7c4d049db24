import { randomBytes, randomInt, randomUUID } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function alphanumericId(length = 10): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return id;
}

/** Apple numbers apps (e.g. 1234567890); other resources get UUIDs or 10-char alphanumerics. */
export function numericId(digits = 10): string {
  let id = String(randomInt(1, 10));
  for (let i = 1; i < digits; i++) id += String(randomInt(0, 10));
  return id;
}

const ALPHANUMERIC_ID_TYPES = new Set(['devices', 'bundleIds', 'certificates', 'profiles']);
const NUMERIC_ID_TYPES = new Set(['apps']);

export function newIdFor(type: string): string {
  if (NUMERIC_ID_TYPES.has(type)) return numericId();
  if (ALPHANUMERIC_ID_TYPES.has(type)) return alphanumericId();
  return randomUUID();
}
