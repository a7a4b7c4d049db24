import { homedir, tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/**
 * Absolute path for a path given in an input: `~` is the home directory, relative paths start at
 * GITHUB_WORKSPACE (where actions/checkout puts the repository), else the working directory.
 */
export function resolveWorkspacePath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  const home = env.HOME || homedir();
  if (value === '~') return home;
  if (value.startsWith('~/') || value.startsWith('~\\')) return resolve(home, value.slice(2));
  if (isAbsolute(value)) return resolve(value);
  return resolve(env.GITHUB_WORKSPACE || process.cwd(), value);
}

/** The runner's temp folder (RUNNER_TEMP), else the system's: the one fallback for every output. */
export function runnerTempDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || tmpdir();
}
