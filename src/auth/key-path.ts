import { resolveWorkspacePath } from '../workspace-files.js';

/** Absolute path for a `private-key` input given as a path (see resolveWorkspacePath). */
export const resolveKeyPath = resolveWorkspacePath;

/** Whether a value that names no existing file was meant as a path (so naming it is safe). */
export function looksLikePath(value: string): boolean {
  if (/[\r\n]/.test(value)) return false;
  return (
    /^(~|\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(value) ||
    /\.[A-Za-z0-9]{1,8}$/.test(value) ||
    /[\\/]/.test(value)
  );
}
