import { parseBuffer } from 'bplist-parser';
import { parsePlist, type PlistValue } from '../input-formats/plist.js';

/** Parses an Info.plist, binary or XML, into plain objects (dicts become records). */
export function parseInfoPlist(bytes: Buffer): Record<string, unknown> {
  const value =
    bytes.subarray(0, 6).toString('latin1') === 'bplist'
      ? (parseBuffer(bytes)[0] as unknown)
      : toPlain(parsePlist(bytes.toString('utf8')));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('the Info.plist is not a dictionary');
  }
  return value as Record<string, unknown>;
}

function toPlain(value: PlistValue): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([key, item]) => [key, toPlain(item)]));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}
