import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { resolveWorkspacePath } from '../../workspace-files.js';

/** What a `.mobileprovision` file says about itself. */
export interface ProfileFileInfo {
  uuid: string;
  name: string | undefined;
  expirationDate: string | undefined;
  devices: string[];
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function valueOf(plist: string, key: string, tag: 'string' | 'date'): string | undefined {
  const match = new RegExp(`<key>${key}</key>\\s*<${tag}>([^<]*)</${tag}>`).exec(plist);
  return match?.[1] === undefined ? undefined : decodeXmlText(match[1].trim());
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
  const plist = Buffer.from(text.slice(start, end + '</plist>'.length), 'latin1').toString('utf8');
  const uuid = valueOf(plist, 'UUID', 'string');
  if (!uuid) throw new Error('the profile names no UUID');
  const devicesBlock = /<key>ProvisionedDevices<\/key>\s*<array>([\s\S]*?)<\/array>/.exec(plist);
  const devices = [...(devicesBlock?.[1] ?? '').matchAll(/<string>([^<]*)<\/string>/g)].map((m) =>
    decodeXmlText(m[1] ?? ''),
  );
  return {
    uuid,
    name: valueOf(plist, 'Name', 'string'),
    expirationDate: valueOf(plist, 'ExpirationDate', 'date'),
    devices,
  };
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
  return [join(env.RUNNER_TEMP ?? join(home, '.cache'), 'profiles')];
}

/** The directories `profiles-dir` names (relative to the workspace), or the defaults. */
export function profileDirsFrom(
  input: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (!input) return defaultProfileDirs(process.platform, env);
  return [resolveWorkspacePath(input, env)];
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
