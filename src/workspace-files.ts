import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from './input-error.js';

/**
 * Absolute path for a path given in an input: `~` is the home directory, relative paths start at
 * GITHUB_WORKSPACE (where actions/checkout puts the repository), else the working directory.
 */
export function resolveWorkspacePath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  if (value === '~') return homedir();
  if (value.startsWith('~/') || value.startsWith('~\\')) return join(homedir(), value.slice(2));
  if (isAbsolute(value)) return resolve(value);
  return resolve(env.GITHUB_WORKSPACE || process.cwd(), value);
}

/** Reads the text file an input names; a missing or unreadable file is an InputError on `input`. */
export function readInputFile(
  input: string,
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const absolute = resolveWorkspacePath(path, env);
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : `unreadable (${code ?? error})`;
    const where = absolute === path ? '' : ` (${absolute})`;
    throw new InputError(input, `cannot read '${path}'${where}: ${reason}`);
  }
}
