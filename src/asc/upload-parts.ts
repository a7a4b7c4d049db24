import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import nodeFetch from 'node-fetch';
import { AscApiError } from './errors.js';
import { isTransportAllowed } from './plain-http.js';
import {
  defaultRetrySettings,
  withRetries,
  type Attempt,
  type AttemptOutcome,
  type RetrySettings,
} from './retry-policy.js';

/** One part of a file, sent exactly as App Store Connect's upload operation says. */
export interface UploadPart {
  method: string;
  /** A pre-signed storage URL: no App Store Connect token goes with it. */
  url: string;
  offset: number;
  length: number;
  headers: readonly { name: string; value: string }[];
}

export interface UploadProgress {
  /** Bytes sent so far (parts in flight included; a failed attempt's bytes are taken back). */
  sentBytes: number;
  totalBytes: number;
  partsDone: number;
  partsTotal: number;
  elapsedMs: number;
}

export interface PartResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type PartFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: Readable; signal: AbortSignal },
) => Promise<PartResponse>;

export interface UploadPartsOptions {
  filePath: string;
  parts: readonly UploadPart[];
  /** Parts in flight at once. */
  concurrency: number;
  retry?: Partial<RetrySettings>;
  /** Per attempt of one part. */
  timeoutMs?: number;
  fetch?: PartFetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onProgress?: (progress: UploadProgress) => void;
  /** Told about every failed attempt that will be retried. */
  onRetry?: (message: string) => void;
  /** A host that may be reached over plain http: the API base's own, when that is plain http. */
  plainHttpHost?: string;
}

export interface UploadPartsReport {
  parts: number;
  bytes: number;
  /** Attempts that failed and were repeated, over all parts. */
  retries: number;
  durationMs: number;
}

const readChunkBytes = 1024 * 1024;

/**
 * Sends the parts of a file to the URLs App Store Connect handed out, up to `concurrency` at once,
 * each streamed from the file (memory stays flat) and each retried on its own with the client's
 * retry policy. Stops starting new parts after the first part that fails for good.
 */
export async function uploadParts(options: UploadPartsOptions): Promise<UploadPartsReport> {
  const parts = options.parts;
  for (const part of parts) checkPartUrl(part.url, options.plainHttpHost);
  const settings: RetrySettings = { ...defaultRetrySettings, ...options.retry };
  const started = Date.now();
  const totalBytes = parts.reduce((sum, part) => sum + part.length, 0);
  const state = { sentBytes: 0, partsDone: 0, retries: 0 };
  const report = (): void =>
    options.onProgress?.({
      sentBytes: state.sentBytes,
      totalBytes,
      partsDone: state.partsDone,
      partsTotal: parts.length,
      elapsedMs: Date.now() - started,
    });

  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < parts.length) {
      const index = next++;
      try {
        await sendPart(options, settings, parts[index] as UploadPart, index, {
          onBytes: (bytes) => {
            state.sentBytes += bytes;
            report();
          },
          onRetry: () => state.retries++,
        });
        state.partsDone++;
        report();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency, parts.length)) }, worker),
  );
  if (failure) throw failure.error;
  return {
    parts: parts.length,
    bytes: totalBytes,
    retries: state.retries,
    durationMs: Date.now() - started,
  };
}

interface PartListener {
  onBytes(bytes: number): void;
  onRetry(): void;
}

type AttemptResult = Attempt<void>;

async function sendPart(
  options: UploadPartsOptions,
  settings: RetrySettings,
  part: UploadPart,
  index: number,
  listener: PartListener,
): Promise<void> {
  const describe = `part ${index + 1} of ${options.parts.length} (bytes ${part.offset}–${part.offset + part.length - 1})`;
  await withRetries(settings, () => attemptPart(options, part, describe, listener), {
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    onRetry: (message) => {
      listener.onRetry();
      options.onRetry?.(message);
    },
  });
}

async function attemptPart(
  options: UploadPartsOptions,
  part: UploadPart,
  describe: string,
  listener: PartListener,
): Promise<AttemptResult> {
  const fetch = options.fetch ?? (nodeFetch as unknown as PartFetch);
  const url = new URL(part.url);
  const path = `${url.origin}${url.pathname}`; // the query holds the signature: never shown
  let sent = 0;
  const fail = (outcome: AttemptOutcome, reason: string, cause?: unknown): AttemptResult => {
    listener.onBytes(-sent);
    const status = outcome.kind === 'status' ? outcome.status : undefined;
    const error = new AscApiError({ method: part.method, path, status, reason, cause });
    return { ok: false, outcome, error };
  };
  const body = createReadStream(options.filePath, {
    start: part.offset,
    end: part.offset + part.length - 1,
    highWaterMark: readChunkBytes,
  }).pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sent += chunk.length;
        listener.onBytes(chunk.length);
        callback(null, chunk);
      },
    }),
  );
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 300_000);
  try {
    const response = await fetch(part.url, {
      method: part.method,
      headers: partHeaders(part),
      body,
      signal: controller.signal,
    });
    const text = await response.text();
    if (response.status >= 300) {
      const outcome: AttemptOutcome = {
        kind: 'status',
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
      };
      const detail = text ? `: ${text.slice(0, 300).replace(/\s+/g, ' ')}` : '';
      return fail(outcome, `${describe}${detail}`);
    }
    if (sent !== part.length) {
      throw new Error(
        `${describe}: ${sent} of ${part.length} bytes were read from the file; did it change during the upload?`,
      );
    }
    return { ok: true, value: undefined };
  } catch (cause) {
    if (cause instanceof Error && cause.message.startsWith(describe)) throw cause;
    const timedOut = controller.signal.aborted;
    const reason = timedOut
      ? 'timed out'
      : `connection failed: ${(cause instanceof Error ? cause.message : String(cause)).split(part.url).join(path)}`;
    return fail({ kind: timedOut ? 'timeout' : 'network' }, `${describe}: ${reason}`, cause);
  } finally {
    clearTimeout(timer);
    body.destroy();
  }
}

function partHeaders(part: UploadPart): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name, value } of part.headers) headers[name] = value;
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
    headers['Content-Length'] = String(part.length);
  }
  return headers;
}

/**
 * Storage URLs are https; plain http only on loopback or on the host of a plain-http API base
 * (an emulator the user pointed the action at).
 */
function checkPartUrl(target: string, plainHttpHost?: string): void {
  const url = new URL(target);
  if (isTransportAllowed(url, plainHttpHost)) return;
  throw new AscApiError({
    method: 'PUT',
    path: `${url.origin}${url.pathname}`,
    reason: 'refusing to send the build over an unencrypted connection',
  });
}
