import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { createApiKey, seedDemoAccount, startEmulator } from '../../src/emulator/index.js';
import type {
  ApiKey,
  DemoAccount,
  EmulatorOptions,
  RunningEmulator,
} from '../../src/emulator/index.js';

/** Parsed JSON answers, loosely typed so that tests can assert on any shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface TokenOptions {
  kid?: string;
  alg?: string;
  /** null leaves the header field out. */
  typ?: string | null;
  aud?: string;
  iss?: string | null;
  sub?: string;
  /** null leaves the claim out. */
  iat?: number | null;
  exp?: number;
  scope?: string[];
  /** Seconds since epoch used as "now" (default: real clock). */
  nowSeconds?: number;
}

/** Signs an App Store Connect token the way the action does (ES256, 20 minutes at most). */
export async function signToken(key: ApiKey, opts: TokenOptions = {}): Promise<string> {
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: opts.aud ?? 'appstoreconnect-v1',
    exp: opts.exp ?? now + 15 * 60,
  };
  if (opts.iat !== null) claims.iat = opts.iat ?? now;
  const iss = opts.iss === undefined ? key.issuerId : opts.iss;
  if (iss) claims.iss = iss;
  if (opts.sub) claims.sub = opts.sub;
  else if (!key.issuerId) claims.sub = 'user';
  if (opts.scope) claims.scope = opts.scope;
  return new SignJWT(claims)
    .setProtectedHeader({
      alg: opts.alg ?? 'ES256',
      kid: opts.kid ?? key.keyId,
      ...(opts.typ === null ? {} : { typ: opts.typ ?? 'JWT' }),
    })
    .sign(createPrivateKey(key.privateKeyPem));
}

export interface Harness {
  emulator: RunningEmulator;
  key: ApiKey;
  demo: DemoAccount;
  /** fetch against the emulator with a fresh valid token; `path` may be absolute (links.next). */
  api(path: string, init?: { method?: string; body?: unknown; token?: string }): Promise<Response>;
  json<T = Json>(
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<{ status: number; body: T; response: Response }>;
}

export async function startHarness(
  options: EmulatorOptions & { seed?: boolean } = {},
): Promise<Harness> {
  const emulator = await startEmulator({ faults: { retryAfterSeconds: 0 }, ...options });
  const key = createApiKey();
  emulator.registerKey(key);
  const demo = seedDemoAccount(emulator.store);
  const nowSeconds = () => Math.floor((options.now ?? Date.now)() / 1000);
  const api: Harness['api'] = async (path, init = {}) => {
    const token = init.token ?? (await signToken(key, { nowSeconds: nowSeconds() }));
    return fetch(path.startsWith('http') ? path : emulator.baseUrl + path, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(init.body !== undefined
        ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
        : {}),
    });
  };
  const json: Harness['json'] = async (path, init) => {
    const response = await api(path, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, response };
  };
  return { emulator, key, demo, api, json };
}
