import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { KeyObject } from 'node:crypto';
import { appleErrors } from './apple-errors.js';
import type { ErrorAnswer } from './apple-errors.js';
import { toRegisteredKey } from './api-keys.js';
import type { RegisteredKey } from './api-keys.js';
import { authenticate, unverifiedKeyId } from './auth.js';
import { JsonApiEngine } from './engine.js';
import { FaultInjector } from './faults.js';
import type { FaultKind, FaultOptions, FaultRule } from './faults.js';
import { HookRegistry } from './hooks.js';
import type { Answer, HookContext } from './hooks.js';
import { unmodelledOperation } from './modelled.js';
import { isErrorAnswer, OpenApiValidator } from './openapi/validator.js';
import { RateLimiter } from './rate-limit.js';
import type { RecordedRequest } from './request-log.js';
import { defaultResourceHooks } from './resources/index.js';
import { receiveUploadPart, UPLOAD_PARTS_PREFIX } from './resources/build-uploads.js';
import { FEEDBACK_IMAGES_PREFIX, serveFeedbackImage } from './resources/feedback.js';
import { EmulatorStore } from './store.js';
import type { AccountConditions } from './store.js';

export interface EmulatorOptions {
  host?: string;
  port?: number;
  faults?: FaultOptions;
  /** How long PROCESSING builds stay PROCESSING; 0 (default) uses each build's own duration. */
  processingDurationMs?: number;
  /** Registered devices allowed per product family (default 100, Apple's yearly limit). */
  deviceLimitPerFamily?: number;
  /**
   * Requests refused right after a build finishes processing, as Apple does for a short while
   * (its buildBetaDetail answers 404, a beta review submission 422). Default 1; 0 turns it off.
   */
  settlingRequests?: number;
  /** Beta review on the clock (`now`): ms waiting (default 1 h), then ms in review (default 1 h). */
  betaReviewWaitMs?: number;
  betaReviewDurationMs?: number;
  /** Requests per hour per key id (default 3600). */
  rateLimitPerHour?: number;
  /** Account-wide conditions to start with (also settable later on `store.conditions`). */
  conditions?: Partial<AccountConditions>;
  /** Clock in ms, for token checks and lazy state changes (default Date.now). */
  now?: () => number;
}

export interface RunningEmulator {
  baseUrl: string;
  store: EmulatorStore;
  requests: RecordedRequest[];
  clearRequests(): void;
  setFaults(f: FaultOptions): void;
  registerKey(k: { keyId: string; issuerId?: string; publicKey: KeyObject | string }): void;
  close(): Promise<void>;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const ADMIN_PREFIX = '/emulator/';

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  rawBody: string;
  record: RecordedRequest;
}

/** Starts the App Store Connect emulator on loopback. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const now = opts.now ?? Date.now;
  const validator = OpenApiValidator.load();
  const store = new EmulatorStore({ schema: validator, now });
  Object.assign(store.conditions, opts.conditions ?? {});
  const hooks = new HookRegistry(defaultResourceHooks());
  const ctx: HookContext = {
    store,
    now,
    settings: {
      processingDurationMs: opts.processingDurationMs ?? 0,
      deviceLimitPerFamily: opts.deviceLimitPerFamily ?? 100,
      settlingRequests: opts.settlingRequests ?? 1,
      betaReviewWaitMs: opts.betaReviewWaitMs ?? 60 * 60 * 1000,
      betaReviewDurationMs: opts.betaReviewDurationMs ?? 60 * 60 * 1000,
    },
  };
  for (const hook of hooks.all()) {
    const onRead = hook.onRead;
    if (onRead) store.setReadHook(hook.type, (resource) => onRead(resource, ctx));
  }
  const pathExistence = new Map<string, boolean>();
  const pathExists = (path: string): boolean => {
    let exists = pathExistence.get(path);
    if (exists === undefined) {
      exists = !isErrorAnswer(validator.match('GET', path));
      pathExistence.set(path, exists);
    }
    return exists;
  };
  const engine = new JsonApiEngine(hooks, ctx, pathExists);
  const faults = new FaultInjector(opts.faults);
  const rateLimiter = new RateLimiter(
    opts.rateLimitPerHour ?? 3600,
    now,
    () => store.conditions.rateLimitPerMinute,
  );
  const keys = new Map<string, RegisteredKey>();
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  async function finish(
    exchange: Exchange,
    answer: Answer | ErrorAnswer,
    rateKey?: string,
    delayed = true,
  ) {
    const { res, record } = exchange;
    const headers: Record<string, string> = {
      'X-Request-ID': randomUUID(),
      'X-Rate-Limit': rateLimiter.header(rateKey),
      ...(answer.headers ?? {}),
    };
    let payload: string | Buffer | undefined;
    if (isErrorAnswer(answer)) {
      payload = JSON.stringify({ errors: answer.errors });
      const first = answer.errors[0];
      if (first) record.error = `${first.code}: ${first.detail}`;
    }
    // A binary answer (a gzip report) is sent as it is.
    else if (Buffer.isBuffer(answer.body)) payload = answer.body;
    else if (answer.body !== undefined) payload = JSON.stringify(answer.body);
    if (typeof payload === 'string') Object.assign(headers, JSON_HEADERS);
    if (delayed) await applyLatency();
    record.status = answer.status;
    record.durationMs = now() - record.at;
    res.writeHead(answer.status, headers);
    res.end(payload);
  }

  async function drop(exchange: Exchange) {
    await applyLatency();
    exchange.record.status = 0;
    exchange.record.durationMs = now() - exchange.record.at;
    exchange.req.socket.destroy();
  }

  async function applyLatency() {
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
  }

  async function handleApi(exchange: Exchange): Promise<void> {
    const { req, url, rawBody, record } = exchange;
    const method = (req.method ?? 'GET').toUpperCase();
    const claimedKey = unverifiedKeyId(req.headers.authorization);
    if (claimedKey) record.keyId = claimedKey;

    const fault: FaultKind | undefined = faults.decide(method, url.pathname);
    if (fault) record.fault = fault;
    if (fault === 'drop') return drop(exchange);
    if (fault === '500' || fault === '503') {
      return finish(exchange, appleErrors.unexpected(Number(fault)), claimedKey);
    }
    if (fault === '429') {
      const answer = appleErrors.rateLimited();
      answer.headers = { 'Retry-After': String(faults.retryAfterSeconds) };
      return finish(exchange, answer, claimedKey);
    }
    if (fault === '403') {
      return finish(
        exchange,
        appleErrors.forbidden('The API key in use does not allow this request'),
        claimedKey,
      );
    }

    const auth = await authenticate(
      {
        method,
        pathname: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
      },
      keys,
      now(),
    );
    if (!auth.ok) return finish(exchange, auth.answer, auth.keyId);
    if (store.conditions.agreementsMissing) {
      return finish(exchange, appleErrors.agreementsMissing(), auth.keyId);
    }
    if (!rateLimiter.consume(auth.keyId)) {
      return finish(exchange, appleErrors.rateLimited(), auth.keyId);
    }

    const answer = await answerOperation(method, url, rawBody, record);
    if (fault === 'drop-after-write') return drop(exchange);
    return finish(exchange, answer, auth.keyId);
  }

  async function answerOperation(
    method: string,
    url: URL,
    rawBody: string,
    record: RecordedRequest,
  ): Promise<Answer | ErrorAnswer> {
    const op = validator.match(method, url.pathname);
    if (isErrorAnswer(op)) return op;
    const queryError = validator.validateQuery(op, url.searchParams);
    if (queryError) return queryError;
    const bodyError = validator.validateBody(op, rawBody);
    if (bodyError) return bodyError;
    const unmodelled = unmodelledOperation(op, url.pathname, { hooks, store });
    if (unmodelled) return unmodelled;
    const body =
      op.method !== 'GET' && rawBody.trim() !== '' ? (JSON.parse(rawBody) as unknown) : undefined;
    if (body !== undefined) record.body = body;
    try {
      return await engine.handle({
        op,
        pathname: url.pathname,
        query: url.searchParams,
        body,
        baseUrl,
      });
    } catch (error) {
      console.error('[emulator] handler failed:', error);
      return appleErrors.unexpected(500);
    }
  }

  async function handleAdmin(exchange: Exchange): Promise<void> {
    const { req, url, rawBody } = exchange;
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    const reply = (answer: Answer | ErrorAnswer) => finish(exchange, answer, undefined, false);
    if (route === 'GET /emulator/requests') {
      return reply({ status: 200, body: { requests } });
    }
    if (route === 'DELETE /emulator/requests') {
      requests.length = 0;
      return reply({ status: 204 });
    }
    if (route === 'POST /emulator/faults') {
      try {
        faults.configure(faultOptionsFromJson(rawBody));
      } catch (error) {
        return reply(appleErrors.invalidParameter('body', (error as Error).message));
      }
      return reply({ status: 204 });
    }
    if (route === 'POST /emulator/reset') {
      requests.length = 0;
      faults.configure({});
      rateLimiter.reset();
      return reply({ status: 204 });
    }
    return reply(appleErrors.pathNotFound(url.pathname));
  }

  /** A part sent to an upload operation's storage URL: a binary body, read as a stream. */
  async function handleUploadPart(exchange: Exchange): Promise<void> {
    const { req, url, record } = exchange;
    const claimedKey = unverifiedKeyId(req.headers.authorization);
    if (claimedKey) record.keyId = claimedKey;
    const fault = faults.decide(record.method, url.pathname);
    if (fault) record.fault = fault;
    if (fault === 'drop') return drop(exchange);
    if (fault === '500' || fault === '503' || fault === '429') {
      for await (const chunk of req) void chunk; // Apple's storage reads the part, then fails
      const answer =
        fault === '429' ? appleErrors.rateLimited() : appleErrors.unexpected(Number(fault));
      if (fault === '429') answer.headers = { 'Retry-After': String(faults.retryAfterSeconds) };
      return finish(exchange, answer);
    }
    const answer = await receiveUploadPart(ctx, record.method, url, req);
    if (fault === 'drop-after-write') return drop(exchange);
    return finish(exchange, answer);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = now();
    const url = new URL(req.url ?? '/', baseUrl);
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      status: 0,
      at,
      durationMs: 0,
    };
    if (url.pathname.startsWith(UPLOAD_PARTS_PREFIX)) {
      requests.push(record);
      return handleUploadPart({ req, res, url, rawBody: '', record });
    }
    const rawBody = await readBody(req);
    const exchange = { req, res, url, rawBody, record };
    if (url.pathname.startsWith(FEEDBACK_IMAGES_PREFIX)) {
      // A screenshot's image, as Apple's CDN serves it: a signed URL, no API token.
      requests.push(record);
      const claimedKey = unverifiedKeyId(req.headers.authorization);
      if (claimedKey) record.keyId = claimedKey;
      const fault = faults.decide(record.method, url.pathname);
      if (fault) record.fault = fault;
      if (fault === 'drop') return drop(exchange);
      if (fault === '500' || fault === '503') {
        return finish(exchange, appleErrors.unexpected(Number(fault)));
      }
      return finish(exchange, serveFeedbackImage(store, url, req.headers.authorization));
    }
    if (url.pathname.startsWith(ADMIN_PREFIX)) return handleAdmin(exchange);
    requests.push(record);
    return handleApi(exchange);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[emulator] request failed:', error);
      if (!res.headersSent) res.writeHead(500, JSON_HEADERS);
      res.end(JSON.stringify({ errors: appleErrors.unexpected(500).errors }));
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${urlHost(host)}:${port}`;

  return {
    baseUrl,
    store,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    setFaults: (f) => faults.configure(f),
    registerKey: (k) => {
      const key = toRegisteredKey(k);
      keys.set(key.keyId, key);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type JsonFaultRule = Omit<FaultRule, 'path'> & { path?: string; pathPattern?: string };

/** FaultOptions sent as JSON; a rule's `pathPattern` (a regular expression source) stands for a RegExp path. */
function faultOptionsFromJson(text: string): FaultOptions {
  const parsed = (text.trim() === '' ? {} : JSON.parse(text)) as Omit<FaultOptions, 'rules'> & {
    rules?: JsonFaultRule[];
  };
  const { rules, ...rest } = parsed;
  if (!rules) return rest;
  return {
    ...rest,
    rules: rules.map(({ pathPattern, ...rule }) =>
      pathPattern ? { ...rule, path: new RegExp(pathPattern) } : rule,
    ),
  };
}
