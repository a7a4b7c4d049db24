import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import nodeFetch from 'node-fetch';
import { ConcurrencyLimiter } from './concurrency.js';
import { AscApiError, type AppleErrorItem } from './errors.js';
import { isRateLimitLow, parseRateLimit, type RateLimit } from './rate-limit.js';
import {
  defaultRetrySettings,
  isRetryable,
  parseRetryAfter,
  retryDelayMs,
  type AttemptOutcome,
  type RetrySettings,
} from './retry-policy.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** The part of a fetch response the client reads (node-fetch's Response satisfies it). */
export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  body?: unknown;
}

export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<FetchResponse>;

/** Supplies bearer tokens: the current one, and a fresh one after a 401. */
export interface TokenSource {
  token(): Promise<string>;
  renew(): Promise<string>;
}

export interface ClientLogger {
  debug(message: string): void;
  warning(message: string): void;
  /** What a user wants to see in the normal log (a create another run had already made). */
  info?(message: string): void;
}

export interface AscClientOptions {
  /** e.g. https://api.appstoreconnect.apple.com; paths `/v1/...` are appended. */
  baseUrl: string;
  tokens: TokenSource;
  fetch?: Fetch;
  retry?: Partial<RetrySettings>;
  /** Per attempt, the answer's body included. */
  requestTimeoutMs?: number;
  /** Requests in flight at once, across all callers. */
  maxConcurrency?: number;
  logger?: ClientLogger;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface WriteOptions<T> {
  /**
   * Re-reads what a create would have made: the resource when it exists as the create asked (same
   * name, e-mail, UDID, identifier...), else undefined. Called when a create's answer was lost
   * (connection dropped, timeout, 5xx), before it is tried again, and when Apple answers 409
   * (another run racing this one created it first): a match counts as the create done. Without it
   * a lost create is not repeated, so that nothing is ever created twice, and a 409 fails.
   */
  recover?: () => Promise<T | undefined>;
}

export interface ClientStats {
  requests: number;
  retries: number;
  byMethod: Record<HttpMethod, number>;
}

interface Attempt {
  outcome: AttemptOutcome;
  text?: string;
  /** The unread body of a successful download. */
  body?: unknown;
  cause?: unknown;
}

/** Failures of the local file a download is written to: fetching again would not help. */
const localFileErrors = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOTDIR']);

const noopLogger: ClientLogger = { debug: () => undefined, warning: () => undefined };

/**
 * The one App Store Connect client: JSON:API over HTTPS with token refresh, retries, a concurrency
 * cap and rate-limit tracking. Operations never call fetch themselves.
 */
export class AscClient {
  readonly baseUrl: URL;
  readonly stats: ClientStats = {
    requests: 0,
    retries: 0,
    byMethod: { GET: 0, POST: 0, PATCH: 0, DELETE: 0 },
  };
  /** The most recent `X-Rate-Limit` reading. */
  rateLimit: RateLimit | undefined;

  private readonly fetch: Fetch;
  private readonly retry: RetrySettings;
  private readonly timeoutMs: number;
  private readonly limiter: ConcurrencyLimiter;
  private readonly logger: ClientLogger;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private warnedAboutRateLimit = false;

  constructor(private readonly options: AscClientOptions) {
    this.baseUrl = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
    this.fetch = options.fetch ?? (nodeFetch as unknown as Fetch);
    this.retry = { ...defaultRetrySettings, ...options.retry };
    this.timeoutMs = options.requestTimeoutMs ?? 60_000;
    this.limiter = new ConcurrencyLimiter(options.maxConcurrency ?? 4);
    this.logger = options.logger ?? noopLogger;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  get maxConcurrency(): number {
    return this.limiter.maxConcurrency;
  }

  /** GET a document; `target` is a path such as `/v1/apps?filter[bundleId]=x` or a `links.next` URL. */
  async get<T>(target: string): Promise<T> {
    return (await this.request<T>('GET', target)) as T;
  }

  async post<T>(
    target: string,
    body: unknown,
    options: WriteOptions<T> = {},
  ): Promise<T | undefined> {
    return this.request<T>('POST', target, body, options);
  }

  async patch<T>(target: string, body: unknown): Promise<T | undefined> {
    return this.request<T>('PATCH', target, body);
  }

  async delete(target: string, body?: unknown): Promise<void> {
    await this.request('DELETE', target, body);
  }

  /**
   * GETs a non-JSON answer (a gzip report) as a stream, with the same token, retry and error
   * handling as every other request (error answers are JSON). The request timeout covers the wait
   * for the answer's headers, not the reading of the stream, which the caller consumes.
   */
  async download(target: string, accept: string): Promise<Readable> {
    const body = await this.send<unknown>('GET', target, undefined, {}, accept, (result) =>
      result.body === undefined ? Readable.from(Buffer.from(result.text ?? '')) : result.body,
    );
    if (body instanceof Readable) return body;
    if (body && typeof (body as WebReadableStream).getReader === 'function') {
      return Readable.fromWeb(body as WebReadableStream);
    }
    return Readable.from(Buffer.from(''));
  }

  /**
   * GETs a binary answer and hands its body to `consume` (which streams it somewhere). When the
   * body breaks off mid-way (a connection lost after the headers), the whole answer is fetched
   * again under the same retry policy, so `consume` must start over cleanly on each call.
   */
  async downloadTo<T>(
    target: string,
    accept: string,
    consume: (body: Readable) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const body = await this.download(target, accept);
      try {
        return await consume(body);
      } catch (error) {
        const local = localFileErrors.has((error as NodeJS.ErrnoException).code ?? '');
        if (error instanceof AscApiError || local || attempt >= this.retry.maxAttempts) throw error;
        const delay = retryDelayMs(attempt, this.retry, undefined, this.random);
        this.stats.retries++;
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.debug(`GET ${target}: the answer broke off (${reason}); again in ${delay} ms`);
        await this.sleep(delay);
      }
    }
  }

  /**
   * Sends one request, retrying what may be retried. GET, PATCH, DELETE and to-many linkage POSTs
   * are idempotent; a create is repeated only after `recover` has shown that it did not happen.
   * Resolves to the parsed document, or undefined for an answer with no content.
   */
  async request<T>(
    method: HttpMethod,
    target: string,
    body?: unknown,
    options: WriteOptions<T> = {},
  ): Promise<T | undefined> {
    return this.send<T | undefined>(
      method,
      target,
      body,
      options,
      'application/json',
      (result, path, status) => parseDocument<T>(method, path, status, result.text),
    );
  }

  private async send<R>(
    method: HttpMethod,
    target: string,
    body: unknown,
    options: WriteOptions<R>,
    accept: string,
    onSuccess: (result: Attempt, path: string, status: number) => R,
  ): Promise<R | undefined> {
    const url = this.resolve(target);
    const path = url.pathname + url.search;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const idempotent = method !== 'POST' || url.pathname.includes('/relationships/');
    let renewedToken = false;
    let answerLost = false;

    for (let attempt = 1; ; attempt++) {
      const result = await this.limiter.run(() =>
        this.attempt(method, url, path, payload, attempt, accept),
      );
      const { outcome } = result;

      if (outcome.kind === 'status' && outcome.status < 300) {
        return onSuccess(result, path, outcome.status);
      }
      if (
        outcome.kind === 'status' &&
        outcome.status === 404 &&
        method === 'DELETE' &&
        (answerLost || !url.pathname.includes('/relationships/'))
      ) {
        // Gone, as asked: an earlier attempt deleted it (its answer was lost), or another run
        // racing this one did. Operations delete only what they have just read.
        if (!answerLost) {
          (this.logger.info ?? this.logger.debug)(
            `${method} ${path}: already deleted (meanwhile, e.g. by another run); counted as done.`,
          );
        }
        return undefined;
      }
      if (outcome.kind === 'status' && outcome.status === 401 && !renewedToken) {
        renewedToken = true;
        await this.options.tokens.renew();
        attempt--;
        continue;
      }

      if (outcome.kind === 'status' && outcome.status === 409 && !idempotent && options.recover) {
        // Apple refuses a create whose resource exists. When what exists is what this create asked
        // for (a re-run racing the first one made it), the create is done; otherwise the 409 stands.
        const existing = await options.recover();
        if (existing !== undefined) {
          (this.logger.info ?? this.logger.debug)(
            `${method} ${path}: it already exists as asked (created meanwhile, e.g. by another run); counted as done.`,
          );
          return existing;
        }
      }

      const error = toError(method, path, result);
      if (!isRetryable(outcome) || attempt >= this.retry.maxAttempts) throw error;

      const retryAfterMs =
        outcome.kind === 'status' ? parseRetryAfter(outcome.retryAfter) : undefined;
      if (retryAfterMs !== undefined && retryAfterMs > this.retry.maxRetryAfterMs) {
        throw new AscApiError({
          method,
          path,
          status: outcome.kind === 'status' ? outcome.status : undefined,
          errors: error.errors,
          reason: `Apple asks to retry after ${Math.round(retryAfterMs / 1000)} s, longer than this action waits`,
        });
      }

      const mayHaveApplied = !(outcome.kind === 'status' && outcome.status === 429);
      if (mayHaveApplied) answerLost = true;
      if (!idempotent && mayHaveApplied) {
        if (!options.recover) throw error;
        const recovered = await options.recover();
        if (recovered !== undefined) {
          this.logger.debug(`${method} ${path}: the answer was lost but the write was applied`);
          return recovered;
        }
      }

      const delay = retryDelayMs(attempt, this.retry, retryAfterMs, this.random);
      this.stats.retries++;
      this.logger.debug(`${method} ${path}: ${error.message}; retrying in ${delay} ms`);
      await this.sleep(delay);
    }
  }

  /**
   * Resolves a path or an absolute URL (a `links.next`) on the API base. A link naming another
   * host (a proxy's or an emulator's own idea of its name) is followed on the configured base:
   * the token only ever goes to api-base-url.
   */
  resolve(target: string): URL {
    const url = new URL(target.replace(/^\/+/, ''), this.baseUrl);
    if (url.origin === this.baseUrl.origin) return url;
    const basePath = this.baseUrl.pathname;
    const path = url.pathname.startsWith(basePath)
      ? url.pathname
      : basePath + url.pathname.replace(/^\/+/, '');
    return new URL(path + url.search, this.baseUrl.origin);
  }

  private async attempt(
    method: HttpMethod,
    url: URL,
    path: string,
    payload: string | undefined,
    attempt: number,
    accept = 'application/json',
  ): Promise<Attempt> {
    const token = await this.options.tokens.token();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: accept,
    };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const started = Date.now();
    this.stats.requests++;
    this.stats.byMethod[method]++;
    try {
      const response = await this.fetch(url.href, {
        method,
        headers,
        body: payload,
        signal: controller.signal,
      });
      const streamed = accept !== 'application/json' && response.status < 300;
      const text = streamed ? undefined : await response.text();
      this.noteRateLimit(response.headers.get('x-rate-limit'));
      const outcome: AttemptOutcome = {
        kind: 'status',
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
      };
      this.logger.debug(
        `${method} ${path} → ${response.status} (${Date.now() - started} ms, attempt ${attempt})`,
      );
      return streamed ? { outcome, body: response.body } : { outcome, text };
    } catch (cause) {
      const timedOut = controller.signal.aborted;
      this.logger.debug(
        `${method} ${path} → ${timedOut ? 'timed out' : 'connection failed'} (${Date.now() - started} ms, attempt ${attempt})`,
      );
      return { outcome: { kind: timedOut ? 'timeout' : 'network' }, cause };
    } finally {
      clearTimeout(timer);
    }
  }

  private noteRateLimit(header: string | null): void {
    const rateLimit = parseRateLimit(header);
    if (!rateLimit) return;
    this.rateLimit = rateLimit;
    if (!this.warnedAboutRateLimit && isRateLimitLow(rateLimit)) {
      this.warnedAboutRateLimit = true;
      this.logger.warning(
        `App Store Connect API quota is running low: ${rateLimit.remaining} of ${rateLimit.limit} requests left this hour for this key.`,
      );
    }
    // A per-minute quota is not a reason to warn by itself: the plan check says when it is short.
  }
}

function parseDocument<T>(
  method: string,
  path: string,
  status: number,
  text?: string,
): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new AscApiError({ method, path, status, reason: 'the answer is not JSON', cause });
  }
}

function toError(method: string, path: string, result: Attempt): AscApiError {
  const { outcome } = result;
  if (outcome.kind === 'timeout') {
    return new AscApiError({ method, path, reason: 'timed out', cause: result.cause });
  }
  if (outcome.kind === 'network') {
    const reason = result.cause instanceof Error ? result.cause.message : String(result.cause);
    return new AscApiError({
      method,
      path,
      reason: `connection failed: ${reason}`,
      cause: result.cause,
    });
  }
  return new AscApiError({
    method,
    path,
    status: outcome.status,
    errors: parseErrorItems(result.text),
    reason: result.text ? undefined : 'empty answer',
  });
}

function parseErrorItems(text: string | undefined): AppleErrorItem[] {
  if (!text) return [];
  try {
    const body = JSON.parse(text) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as AppleErrorItem[]) : [];
  } catch {
    return [];
  }
}
