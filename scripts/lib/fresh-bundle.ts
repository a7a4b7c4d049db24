/**
 * Builds dist/ only when a source is newer than the bundle, so that `npm run demo` and `npm run
 * bench` start at once from a clone (whose dist/ CI keeps equal to what src/ builds) and still
 * never run a bundle older than the code a developer just changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePath, projectRoot } from './run-action.js';

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The action's sources, and what else goes into the bundle. */
const inputs = ['src', 'package-lock.json', 'tsconfig.json'].map((name) => join(projectRoot, name));

export function bundleIsStale(): boolean {
  if (!existsSync(bundlePath)) return true;
  const built = statSync(bundlePath).mtimeMs;
  return inputs.some((path) => existsSync(path) && newestChange(path) > built);
}

/** Runs `npm run build:action` when dist/ is missing or older than a source. */
export function ensureFreshBundle(): void {
  if (process.env.ASC_ACTION_BUNDLE) return; // a bundle built elsewhere, on purpose
  if (!bundleIsStale()) {
    console.log('dist/ is newer than every source: not rebuilding it.\n');
    return;
  }
  console.log('Building dist/ from src/ ...');
  execFileSync('npm', ['run', '--silent', 'build:action'], { cwd: projectRoot, stdio: 'inherit' });
}
