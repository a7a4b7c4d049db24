import {
  maxDeviceNameLength,
  platformFromWord,
  resolveUdidPlatform,
  udidKey,
  type DevicePlatform,
} from './device-identity.js';
import { readDeviceHeader, readDeviceLines } from './device-lines.js';
import { readPlistDevices } from './device-plist.js';
import { ProblemList, quote, throwIfProblems } from './problem-list.js';
import type { RawDevice } from './raw-device.js';
import { contentLines, stripBom } from './text-lines.js';

export type { DevicePlatform } from './device-identity.js';

export interface DeviceEntry {
  /** As given, trimmed. */
  udid: string;
  /** Lower-cased, for matching. */
  udidKey: string;
  name: string;
  platform: DevicePlatform;
  /** E.g. "devices line 4", "devices.txt line 4", "devices.deviceids entry 2". */
  source: string;
}

export type DeviceFormat = 'plist' | 'apple-tsv' | 'lines';

/**
 * `plist` when the content starts with markup; `apple-tsv` when its first line is Apple's header or
 * every line has a tab; `lines` otherwise (tab-separated lines are still read as such in it).
 */
export function detectDeviceFormat(content: string): DeviceFormat {
  if (stripBom(content).trimStart().startsWith('<')) return 'plist';
  const lines = contentLines(content);
  const [first] = lines;
  if (first !== undefined && readDeviceHeader(first.text) !== undefined) return 'apple-tsv';
  if (first !== undefined && lines.every(({ text }) => text.includes('\t'))) return 'apple-tsv';
  return 'lines';
}

/**
 * Reads the `devices` input and/or the `devices-file` content, each in its detected format, and
 * validates every device. The same UDID twice within a source is an error naming both lines; across
 * the two sources it is merged when name and platform are identical, and an error otherwise.
 * Throws an InputError listing every bad line (or plist entry) of both sources.
 */
export function parseDevices(
  inline: string,
  file?: { name: string; content: string },
): DeviceEntry[] {
  const { devices, reports } = readDevices(inline, file);
  throwIfProblems(reports);
  return devices;
}

/** What `parseDevices` reads, without throwing: the valid devices and each input's problems. */
export interface DeviceReading {
  devices: DeviceEntry[];
  reports: { input: string; label: string; problems: ProblemList }[];
}

/**
 * Like `parseDevices`, but returns the bad lines instead of throwing, for a plan that shows them
 * next to the valid devices (`throwIfProblems(reading.reports)` fails afterwards).
 */
export function readDevices(
  inline: string,
  file?: { name: string; content: string },
): DeviceReading {
  const sources = [{ input: 'devices', label: 'devices', content: inline }];
  if (file) sources.push({ input: 'devices-file', label: file.name, content: file.content });

  const devices: DeviceEntry[] = [];
  const firstByUdid = new Map<
    string,
    { entry: DeviceEntry; sourceIndex: number; position: number }
  >();
  const reports = sources.map(({ input, label, content }, sourceIndex) => {
    const isPlist = detectDeviceFormat(content) === 'plist';
    const unit = isPlist ? 'entry' : 'line';
    const problems = new ProblemList(unit);
    const raws = isPlist ? readPlistDevices(content, problems) : readDeviceLines(content, problems);
    for (const raw of raws) {
      const checked = checkDevice(raw);
      if ('problem' in checked) {
        problems.add(raw.position, checked.problem);
        continue;
      }
      const entry: DeviceEntry = { ...checked.device, source: `${label} ${unit} ${raw.position}` };
      const earlier = firstByUdid.get(entry.udidKey);
      if (earlier === undefined) {
        firstByUdid.set(entry.udidKey, { entry, sourceIndex, position: raw.position });
        devices.push(entry);
      } else if (earlier.sourceIndex === sourceIndex) {
        problems.add(raw.position, `UDID ${quote(entry.udid)} repeats ${unit} ${earlier.position}`);
      } else if (earlier.entry.name !== entry.name || earlier.entry.platform !== entry.platform) {
        problems.add(
          raw.position,
          `UDID ${quote(entry.udid)} is also in ${earlier.entry.source} with a different name or platform`,
        );
      }
    }
    return { input, label, problems };
  });
  return { devices, reports };
}

function checkDevice(
  raw: RawDevice,
): { device: Omit<DeviceEntry, 'source'> } | { problem: string } {
  const problems: string[] = [];
  const givenPlatform = raw.platform === undefined ? undefined : platformFromWord(raw.platform);
  if (raw.platform !== undefined && givenPlatform === undefined) {
    problems.push(`unknown platform ${quote(raw.platform)} (use ios or mac)`);
  }
  let platform: DevicePlatform | undefined;
  if (raw.udid === '') {
    problems.push('missing UDID');
  } else {
    const resolved = resolveUdidPlatform(raw.udid, givenPlatform);
    if ('problem' in resolved) problems.push(`${quote(raw.udid)} ${resolved.problem}`);
    else platform = resolved.platform;
  }
  const nameProblem = checkName(raw.name);
  if (nameProblem !== undefined) problems.push(nameProblem);
  if (problems.length > 0 || platform === undefined) return { problem: problems.join(', ') };
  return {
    device: { udid: raw.udid, udidKey: udidKey(raw.udid), name: raw.name, platform },
  };
}

function checkName(name: string): string | undefined {
  if (name === '') return 'missing device name';
  const length = [...name].length;
  if (length > maxDeviceNameLength) {
    return `device name ${quote(name)} has ${length} characters (Apple's limit is ${maxDeviceNameLength})`;
  }
  // Names end up in Apple's tab-separated file format, where these cannot be written.
  if (/\p{Cc}/u.test(name)) return `device name ${quote(name)} contains a tab or control character`;
  return undefined;
}
