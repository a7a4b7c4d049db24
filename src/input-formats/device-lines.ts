import { trailingPlatformFromWord } from './device-identity.js';
import type { ProblemList } from './problem-list.js';
import type { RawDevice } from './raw-device.js';
import { contentLines } from './text-lines.js';

type DeviceColumn = 'udid' | 'name' | 'platform';

const appleColumns: DeviceColumn[] = ['udid', 'name', 'platform'];

const headerWords = new Map<string, DeviceColumn>(
  Object.entries({
    deviceid: 'udid',
    deviceidentifier: 'udid',
    udid: 'udid',
    devicename: 'name',
    name: 'name',
    deviceplatform: 'platform',
    platform: 'platform',
  } as const),
);

/**
 * Recognises the header of Apple's upload file, `Device ID<tab>Device Name[<tab>Device Platform]`,
 * in any capitalisation and column order (honoured), or space-separated in Apple's order.
 */
export function readDeviceHeader(line: string): DeviceColumn[] | undefined {
  if (!line.includes('\t')) {
    const spaced = /^device\s*id\s+device\s*name(\s+device\s*platform)?$/i.exec(line);
    if (!spaced) return undefined;
    return spaced[1] ? appleColumns : ['udid', 'name'];
  }
  const fields = splitTabs(line);
  while (fields.at(-1) === '') fields.pop();
  const columns = fields.map((field) => headerWords.get(field.toLowerCase().replace(/\s/g, '')));
  const known = columns.filter((column) => column !== undefined);
  const complete =
    known.length === columns.length && known.includes('udid') && known.includes('name');
  return complete && new Set(known).size === known.length ? known : undefined;
}

/**
 * Reads Apple's tab-separated upload text and simple lines. A line with a tab is split on tabs
 * (names may contain spaces). Otherwise the first run of non-spaces is the UDID, and the last word
 * is the platform when spelled as one (ios, IOS, iOS, mac, MAC, macos, macOS, mac_os, MAC_OS) and a
 * name remains before it; everything in between is the name, inner spacing kept.
 */
export function readDeviceLines(content: string, problems: ProblemList): RawDevice[] {
  const lines = contentLines(content);
  const header = lines[0] === undefined ? undefined : readDeviceHeader(lines[0].text);
  const devices: RawDevice[] = [];
  for (const { lineNumber, text } of header ? lines.slice(1) : lines) {
    const read = text.includes('\t') ? fromTabs(text, header ?? appleColumns) : fromSpaces(text);
    if ('problem' in read) problems.add(lineNumber, read.problem);
    else devices.push({ position: lineNumber, ...read.device });
  }
  return devices;
}

type LineRead = { device: Omit<RawDevice, 'position'> } | { problem: string };

function fromTabs(text: string, columns: DeviceColumn[]): LineRead {
  const fields = splitTabs(text);
  while (fields.at(-1) === '') fields.pop();
  if (fields.length > columns.length) {
    const layout = columns.map((column) => column.toUpperCase()).join('<tab>');
    return { problem: `expected ${layout} but found ${fields.length} tab-separated fields` };
  }
  const field = (column: DeviceColumn) => fields[columns.indexOf(column)] ?? '';
  const platform = field('platform');
  return {
    device: { udid: field('udid'), name: field('name'), ...(platform === '' ? {} : { platform }) },
  };
}

function fromSpaces(text: string): LineRead {
  const udid = text.split(/\s+/)[0] ?? '';
  let name = text.slice(udid.length).trim();
  const lastSpace = name.search(/\s\S+$/);
  const lastWord = name.slice(lastSpace + 1);
  if (lastSpace !== -1 && trailingPlatformFromWord(lastWord) !== undefined) {
    name = name.slice(0, lastSpace).trimEnd();
    return { device: { udid, name, platform: lastWord } };
  }
  return { device: { udid, name } };
}

function splitTabs(line: string): string[] {
  return line.split('\t').map((field) => field.trim());
}
