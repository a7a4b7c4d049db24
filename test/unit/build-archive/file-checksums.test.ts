import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeFileChecksums } from '../../../src/build-archive/file-checksums.js';

const dir = mkdtempSync(join(tmpdir(), 'checksums-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('computeFileChecksums', () => {
  it('streams MD5 and SHA-256 equal to hashing the whole file at once', async () => {
    // Larger than one read chunk (1 MiB) and not a multiple of it.
    const bytes = randomBytes(3 * 1024 * 1024 + 12345);
    const path = join(dir, 'file.bin');
    writeFileSync(path, bytes);
    expect(await computeFileChecksums(path)).toEqual({
      size: bytes.length,
      md5: createHash('md5').update(bytes).digest('hex'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('handles an empty file', async () => {
    const path = join(dir, 'empty.bin');
    writeFileSync(path, '');
    const checksums = await computeFileChecksums(path);
    expect(checksums.size).toBe(0);
    expect(checksums.md5).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});
