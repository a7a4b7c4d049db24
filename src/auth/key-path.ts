import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Absolute path for a `private-key` input given as a path: `~` is the home directory, relative
 * paths start at GITHUB_WORKSPACE (where actions/checkout puts the repository), else the cwd.
 */
export function resolveKeyPath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  if (value === '~') return homedir();
  if (value.startsWith('~/') || value.startsWith('~\\')) return join(homedir(), value.slice(2));
  if (isAbsolute(value)) return resolve(value);
  return resolve(env.GITHUB_WORKSPACE || process.cwd(), value);
}

/** Whether a value that names no existing file was meant as a path (so naming it is safe). */
export function looksLikePath(value: string): boolean {
  if (/[\r\n]/.test(value)) return false;
  return (
    /^(~|\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(value) ||
    /\.[A-Za-z0-9]{1,8}$/.test(value) ||
    /[\\/]/.test(value)
  );
}
