import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AscApiError } from '../../../src/asc/errors.js';
import {
  uploadParts,
  type UploadPart,
  type UploadProgress,
} from '../../../src/asc/upload-parts.js';

interface Received {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

/** A storage host on loopback; `answer` decides each attempt's status (or 'drop'). */
let server: Server;
let base = '';
let received: Received[] = [];
let answer: (path: string, attempt: number) => number | 'drop' = () => 200;
const attempts = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    const attempt = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, attempt);
    const decision = answer(path, attempt);
    if (decision === 'drop') {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (decision < 300) {
        received.push({
          path,
          method: req.method ?? '',
          headers: req.headers,
          bytes: Buffer.concat(chunks),
        });
      }
      res.writeHead(decision, decision === 429 ? { 'Retry-After': '0' } : {});
      res.end(decision < 300 ? '' : `<Error><Code>Status${decision}</Code></Error>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const dir = mkdtempSync(join(tmpdir(), 'upload-parts-'));
const file = randomBytes(1_000_003);
const filePath = join(dir, 'build.ipa');
writeFileSync(filePath, file);

function partsOf(size: number, partSize: number): UploadPart[] {
  const parts: UploadPart[] = [];
  for (let offset = 0, n = 1; offset < size; offset += partSize, n++) {
    parts.push({
      method: 'PUT',
      url: `${base}/upload/${n}?X-Signature=secret${n}`,
      offset,
      length: Math.min(partSize, size - offset),
      headers: [{ name: 'Content-Type', value: 'application/octet-stream' }],
    });
  }
  return parts;
}

function reset(decide: typeof answer = () => 200): void {
  received = [];
  attempts.clear();
  answer = decide;
}

const noWait = { sleep: async () => undefined };

describe('uploadParts', () => {
  it('sends every part with its own bytes, headers and no token', async () => {
    reset();
    const parts = partsOf(file.length, 300_000);
    const report = await uploadParts({ filePath, parts, concurrency: 3, ...noWait });
    expect(report).toMatchObject({ parts: 4, bytes: file.length, retries: 0 });
    expect(received).toHaveLength(4);
    for (const part of parts) {
      const got = received.find((r) => part.url.endsWith(r.path));
      expect(got?.method).toBe('PUT');
      expect(got?.headers['content-type']).toBe('application/octet-stream');
      expect(got?.headers['content-length']).toBe(String(part.length));
      expect(got?.headers.authorization).toBeUndefined();
      expect(got?.bytes.equals(file.subarray(part.offset, part.offset + part.length))).toBe(true);
    }
  });

  it('retries each failing part on its own: 500, 503, 429 and dropped connections', async () => {
    const failures: Record<string, (number | 'drop')[]> = {
      '/upload/1': [500, 'drop'],
      '/upload/3': [429],
      '/upload/4': [503, 503, 'drop'],
    };
    reset((path, attempt) => failures[path.split('?')[0] ?? '']?.[attempt - 1] ?? 200);
    const retried: string[] = [];
    const report = await uploadParts({
      filePath,
      parts: partsOf(file.length, 300_000),
      concurrency: 2,
      retry: { maxAttempts: 5 },
      onRetry: (message) => retried.push(message),
      ...noWait,
    });
    expect(report.retries).toBe(6);
    expect(retried).toHaveLength(6);
    expect(retried.join('\n')).not.toContain('secret'); // the signed query is never shown
    expect(attempts.get('/upload/2?X-Signature=secret2')).toBe(1);
    const joined = Buffer.concat(
      [...received].sort((a, b) => a.path.localeCompare(b.path)).map((r) => r.bytes),
    );
    expect(createHash('md5').update(joined).digest('hex')).toBe(
      createHash('md5').update(file).digest('hex'),
    );
  });

  it('fails a part for good on a 4xx, naming the part and the status', async () => {
    reset((path) => (path.startsWith('/upload/2') ? 403 : 200));
    const error = await uploadParts({
      filePath,
      parts: partsOf(file.length, 500_000),
      concurrency: 1,
      ...noWait,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AscApiError);
    expect((error as AscApiError).status).toBe(403);
    expect((error as Error).message).toMatch(/part 2 of 3 \(bytes 500000–999999\)/);
    expect((error as Error).message).not.toContain('secret');
    expect(attempts.get('/upload/2?X-Signature=secret2')).toBe(1);
    expect(attempts.has('/upload/3?X-Signature=secret3')).toBe(false); // stops after the failure
  });

  it('gives up after the last attempt', async () => {
    reset(() => 500);
    await expect(
      uploadParts({
        filePath,
        parts: partsOf(file.length, 2_000_000),
        concurrency: 1,
        retry: { maxAttempts: 3 },
        ...noWait,
      }),
    ).rejects.toThrow(/500/);
    expect(attempts.get('/upload/1?X-Signature=secret1')).toBe(3);
  });

  it('waits as the retry policy says, through the given sleep', async () => {
    reset((_path, attempt) => (attempt < 3 ? 500 : 200));
    const waits: number[] = [];
    await uploadParts({
      filePath,
      parts: partsOf(file.length, 2_000_000),
      concurrency: 1,
      retry: { baseDelayMs: 1000, maxDelayMs: 30_000 },
      random: () => 1,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([1000, 2000]);
  });

  it('reports progress up to every byte, taking back failed attempts', async () => {
    reset((path, attempt) => (path.startsWith('/upload/2') && attempt === 1 ? 'drop' : 200));
    const seen: UploadProgress[] = [];
    await uploadParts({
      filePath,
      parts: partsOf(file.length, 400_000),
      concurrency: 1,
      onProgress: (p) => seen.push({ ...p }),
      ...noWait,
    });
    const last = seen[seen.length - 1];
    expect(last).toMatchObject({ sentBytes: file.length, totalBytes: file.length, partsDone: 3 });
    expect(Math.max(...seen.map((p) => p.sentBytes))).toBeLessThanOrEqual(file.length);
  });

  it('refuses to send a build over plain http to another host', async () => {
    await expect(
      uploadParts({
        filePath,
        parts: [
          {
            method: 'PUT',
            url: 'http://storage.example.com/x',
            offset: 0,
            length: 10,
            headers: [],
          },
        ],
        concurrency: 1,
      }),
    ).rejects.toThrow(/unencrypted/);
  });
});
