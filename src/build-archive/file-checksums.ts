import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export interface FileChecksums {
  size: number;
  /** Hex digests. */
  md5: string;
  sha256: string;
}

const chunkBytes = 1024 * 1024;

/**
 * MD5 and SHA-256 of a file in one pass. One buffer is read into again and again, so memory stays
 * flat whatever the size (a stream would leave hundreds of MB of buffers for the GC to find).
 */
export async function computeFileChecksums(path: string): Promise<FileChecksums> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const file = await open(path, 'r');
  let size = 0;
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, chunkBytes, size);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      md5.update(bytes);
      sha256.update(bytes);
      size += bytesRead;
    }
  } finally {
    await file.close();
  }
  return { size, md5: md5.digest('hex'), sha256: sha256.digest('hex') };
}
