import { parsePlist, PlistSyntaxError, type PlistValue } from './plist.js';
import type { ProblemList } from './problem-list.js';
import type { RawDevice } from './raw-device.js';

const listKey = 'Device UDIDs';
const entryKeys = ['deviceIdentifier', 'deviceName', 'devicePlatform'] as const;

/** Reads Apple's `.deviceids` property list; its entries are numbered from 1. */
export function readPlistDevices(content: string, problems: ProblemList): RawDevice[] {
  let root: PlistValue;
  try {
    root = parsePlist(content);
  } catch (error) {
    if (!(error instanceof PlistSyntaxError)) throw error;
    problems.failWhole(`malformed plist: ${error.message}`);
    return [];
  }
  const list = root instanceof Map ? root.get(listKey) : undefined;
  if (!Array.isArray(list)) {
    problems.failWhole(`malformed plist: expected a <dict> with a '${listKey}' <array>`);
    return [];
  }
  const devices: RawDevice[] = [];
  list.forEach((item, index) => {
    const position = index + 1;
    if (!(item instanceof Map)) {
      problems.add(position, 'expected a <dict>');
      return;
    }
    const fields: Partial<Record<(typeof entryKeys)[number], string>> = {};
    const notText: string[] = [];
    for (const key of entryKeys) {
      const value = item.get(key);
      if (typeof value === 'string') fields[key] = value.trim();
      else if (value !== undefined) notText.push(key);
    }
    if (notText.length > 0) {
      problems.add(position, `${notText.join(', ')} must be a <string>`);
      return;
    }
    const platform = fields.devicePlatform;
    devices.push({
      position,
      udid: fields.deviceIdentifier ?? '',
      name: fields.deviceName ?? '',
      ...(platform === undefined || platform === '' ? {} : { platform }),
    });
  });
  return devices;
}
