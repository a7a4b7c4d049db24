import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikePath, resolveKeyPath } from '../../../src/auth/key-path.js';

describe('resolveKeyPath', () => {
  it('keeps absolute paths, expands ~, resolves relative paths against GITHUB_WORKSPACE', () => {
    const env = { GITHUB_WORKSPACE: '/home/runner/work/app/app' };
    expect(resolveKeyPath('/etc/keys/AuthKey.p8', env)).toBe('/etc/keys/AuthKey.p8');
    expect(resolveKeyPath('~/AuthKey.p8', env)).toBe(join(homedir(), 'AuthKey.p8'));
    expect(resolveKeyPath('~', env)).toBe(homedir());
    expect(resolveKeyPath('keys/AuthKey.p8', env)).toBe(
      '/home/runner/work/app/app/keys/AuthKey.p8',
    );
    expect(resolveKeyPath('../AuthKey.p8', env)).toBe('/home/runner/work/app/AuthKey.p8');
  });

  it('falls back to the cwd without GITHUB_WORKSPACE', () => {
    expect(resolveKeyPath('AuthKey.p8', {})).toBe(join(process.cwd(), 'AuthKey.p8'));
    expect(resolveKeyPath('AuthKey.p8', { GITHUB_WORKSPACE: '' })).toBe(
      join(process.cwd(), 'AuthKey.p8'),
    );
  });
});

describe('looksLikePath', () => {
  it('recognises file names and paths', () => {
    for (const value of [
      'AuthKey_ABC123.p8',
      './key',
      '../key',
      '/abs/key',
      '~/key',
      'keys/AuthKey',
      'C:\\keys\\AuthKey.p8',
    ]) {
      expect(looksLikePath(value), value).toBe(true);
    }
  });

  it('does not take words or multi-line text for paths', () => {
    for (const value of ['hello', 'hello world', 'keys/a\nb', 'MIGHAgEAMBMGByqGSM49']) {
      expect(looksLikePath(value), value).toBe(false);
    }
  });
});
