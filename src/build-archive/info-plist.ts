import { parseBuffer } from 'bplist-parser';
import { parsePlist, PlistSyntaxError, type PlistValue } from '../input-formats/plist.js';

/** Parses an Info.plist, binary or XML, into plain objects (dicts become records). */
export function parseInfoPlist(bytes: Buffer): Record<string, unknown> {
  const value =
    bytes.subarray(0, 6).toString('latin1') === 'bplist'
      ? (parseBuffer(bytes)[0] as unknown)
      : parseXmlInfoPlist(bytes.toString('utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('the Info.plist is not a dictionary');
  }
  return value as Record<string, unknown>;
}

function parseXmlInfoPlist(xml: string): unknown {
  try {
    return toPlain(parsePlist(xml));
  } catch (error) {
    // The shared parser knows the elements of device lists only; an Info.plist may also hold
    // <real>, <date> or <data>. The keys read here are plain strings, found directly.
    if (error instanceof PlistSyntaxError && /unsupported element/.test(error.problem)) {
      return readStringKeys(xml);
    }
    throw error;
  }
}

function readStringKeys(xml: string): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const match of xml.matchAll(/<key>([^<]+)<\/key>\s*<string>([^<]*)<\/string>/g)) {
    const [, key, value] = match;
    if (key && value !== undefined && !(key in found)) found[key] = decodeEntities(value);
  }
  const platforms = /<key>CFBundleSupportedPlatforms<\/key>\s*<array>([\s\S]*?)<\/array>/.exec(xml);
  if (platforms?.[1]) {
    found.CFBundleSupportedPlatforms = [...platforms[1].matchAll(/<string>([^<]*)<\/string>/g)].map(
      (m) => m[1],
    );
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function toPlain(value: PlistValue): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([key, item]) => [key, toPlain(item)]));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}
