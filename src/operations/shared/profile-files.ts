import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  parsePlist,
  PlistSyntaxError,
  type PlistDict,
  type PlistValue,
} from '../../input-formats/plist.js';
import type { InputReader } from '../../input-reader.js';
import { runnerTempDir } from '../../workspace-files.js';

/** What a `.mobileprovision` file says about itself. */
export interface ProfileFileInfo {
  uuid: string;
  name: string | undefined;
  expirationDate: string | undefined;
  devices: string[];
}

/**
 * Reads a profile file: Apple's CMS-signed `.mobileprovision` carries its property list as plain
 * bytes inside the signature, so the plist is found by its markers (a bare plist works as well).
 */
export function readProfileFile(content: Buffer): ProfileFileInfo {
  const text = content.toString('latin1');
  const start = text.indexOf('<?xml');
  const end = text.indexOf('</plist>', start);
  if (start < 0 || end < 0) throw new Error('the profile holds no property list');
  const xml = Buffer.from(text.slice(start, end + '</plist>'.length), 'latin1').toString('utf8');
  const root = parseProfilePlist(xml);
  const uuid = root.get('UUID');
  if (typeof uuid !== 'string' || uuid === '') throw new Error('the profile names no UUID');
  const devices = root.get('ProvisionedDevices');
  return {
    uuid,
    name: textOf(root.get('Name')),
    expirationDate: textOf(root.get('ExpirationDate')),
    devices: Array.isArray(devices) ? devices.filter((item) => typeof item === 'string') : [],
  };
}

function parseProfilePlist(xml: string): PlistDict {
  let root: PlistValue;
  try {
    root = parsePlist(xml);
  } catch (error) {
    if (error instanceof PlistSyntaxError) {
      throw new Error(`the profile's property list is malformed: ${error.message}`);
    }
    throw error;
  }
  if (!(root instanceof Map)) throw new Error("the profile's property list is not a dictionary");
  return root;
}

function textOf(value: PlistValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Where profiles are written when `profiles-dir` is not given: on macOS the folders Xcode reads
 * (Xcode 16 and later read the second), elsewhere `$RUNNER_TEMP/profiles`.
 */
export function defaultProfileDirs(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = env.HOME ?? homedir(),
): string[] {
  if (platform === 'darwin') {
    return [
      join(home, 'Library', 'MobileDevice', 'Provisioning Profiles'),
      join(home, 'Library', 'Developer', 'Xcode', 'UserData', 'Provisioning Profiles'),
    ];
  }
  return [join(runnerTempDir(env), 'profiles')];
}

/** The directory `profiles-dir` names (relative to the workspace), or the defaults. */
export function readProfileDirs(inputs: InputReader): string[] {
  const xcodeDirs = defaultProfileDirs('darwin', inputs.env);
  const given = inputs.outputPath('profiles-dir', xcodeDirs);
  return given ? [given] : defaultProfileDirs(process.platform, inputs.env);
}

/** Writes `<UUID>.mobileprovision` into every directory; returns the paths written. */
export async function writeProfileFile(
  dirs: string[],
  uuid: string,
  content: Buffer,
): Promise<string[]> {
  const paths: string[] = [];
  for (const dir of dirs) {
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${uuid}.mobileprovision`);
    await writeFile(path, content);
    paths.push(path);
  }
  return paths;
}

export interface SavedProfile {
  uuid: string;
  paths: string[];
}

/**
 * Decodes a profile's base64 content and writes it as `<UUID>.mobileprovision`, the UUID read from
 * the file itself (what Xcode goes by).
 */
export async function saveProfile(dirs: string[], base64Content: string): Promise<SavedProfile> {
  const content = Buffer.from(base64Content, 'base64');
  const { uuid } = readProfileFile(content);
  return { uuid, paths: await writeProfileFile(dirs, uuid, content) };
}
