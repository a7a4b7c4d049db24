import { InputError } from '../../input-error.js';
import { readDevices, type DeviceReading } from '../../input-formats/devices.js';
import type { InputReader } from '../../input-reader.js';

export interface DevicesInput extends DeviceReading {
  /** For people: `the devices input`, `devices.txt`. */
  sources: string[];
}

/**
 * Reads `devices` and `devices-file` (a path relative to GITHUB_WORKSPACE, else the cwd). Bad lines
 * are returned in `reports`, not thrown, so that a pull request's plan can show them; the caller
 * fails with `throwIfProblems(reports)`. Throws when neither input names any device.
 */
export function readDevicesInput(inputs: InputReader): DevicesInput {
  const inline = inputs.optional('devices') ?? '';
  const file = inputs.file('devices-file');
  const fileInput = file?.name;
  const reading = readDevices(inline, file);
  const hasProblems = reading.reports.some(({ problems }) => !problems.isEmpty);
  if (reading.devices.length === 0 && !hasProblems) {
    throw new InputError(
      fileInput === undefined ? 'devices' : 'devices-file',
      "it names no device; give lines `UDID name [ios|mac]`, Apple's tab-separated device file or a .deviceids plist",
    );
  }
  const sources = [
    ...(inline === '' ? [] : ['the devices input']),
    ...(fileInput === undefined ? [] : [fileInput]),
  ];
  return { ...reading, sources };
}
