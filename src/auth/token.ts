import type { KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';

export const APP_STORE_CONNECT_AUDIENCE = 'appstoreconnect-v1';

/*
 * Token timing. Apple judges a token by its own clock and refuses it when exp - iat exceeds
 * 20 minutes, when exp is more than 20 minutes ahead, or when iat is in the future. The runner's
 * clock may disagree with Apple's by up to `clockSkewSeconds` (60 s by default), so:
 * - iat is backdated by half the skew (30 s): a server clock up to 30 s behind ours still sees
 *   the token as already issued;
 * - the lifetime is capped at 1200 - skew (1140 s): exp - iat never exceeds 1200, and exp is
 *   now + 1110 s, still within 20 minutes for a server clock up to 90 s behind;
 * - a token is re-minted once fewer than `renewBeforeSeconds` (120 s) remain, so a request and its
 *   retries never carry a token about to expire, even for a server clock ahead of ours.
 */
const MAX_LIFETIME_SECONDS = 1200;
const DEFAULT_CLOCK_SKEW_SECONDS = 60;
const DEFAULT_LIFETIME_SECONDS = MAX_LIFETIME_SECONDS - DEFAULT_CLOCK_SKEW_SECONDS;
const DEFAULT_RENEW_BEFORE_SECONDS = 120;

export interface TokenOptions {
  keyId: string;
  /** Absent or empty => individual key: payload `sub: 'user'`, no `iss`. */
  issuerId?: string;
  /** EC P-256 private key. */
  privateKey: KeyObject;
  /** Optional `scope` claim (Apple's scoped tokens, e.g. 'GET /v1/apps?filter[platform]=IOS'). */
  scope?: string[];
  /** Default 1140 (19 min); capped at 1200 - clockSkewSeconds. */
  lifetimeSeconds?: number;
  /** Default 60: how far the runner's clock may be off Apple's (see the timing note above). */
  clockSkewSeconds?: number;
  /** Default 120: re-mint when the token expires within this margin. */
  renewBeforeSeconds?: number;
  /** ms clock, default Date.now. */
  now?: () => number;
  /** Called with every newly minted token (the action passes core.setSecret here). */
  onNewToken?: (token: string) => void;
}

interface MintedToken {
  token: string;
  renewAtMs: number;
}

/** Mints App Store Connect API tokens (ES256 JWTs) and reuses each until shortly before expiry. */
export class TokenProvider {
  readonly #keyId: string;
  readonly #issuerId: string | undefined;
  readonly #privateKey: KeyObject;
  readonly #scope: string[] | undefined;
  readonly #lifetimeSeconds: number;
  readonly #backdateSeconds: number;
  readonly #renewBeforeSeconds: number;
  readonly #now: () => number;
  readonly #onNewToken: ((token: string) => void) | undefined;
  #current: MintedToken | undefined;
  #inFlight: Promise<string> | undefined;
  #mintedCount = 0;

  constructor(options: TokenOptions) {
    if (!options.keyId?.trim()) throw new TypeError('TokenOptions.keyId is empty');
    checkSigningKey(options.privateKey);
    const skew = checkSeconds('clockSkewSeconds', options.clockSkewSeconds, 0, 600);
    const lifetime = checkSeconds('lifetimeSeconds', options.lifetimeSeconds, 1, Infinity);
    const renewBefore = checkSeconds('renewBeforeSeconds', options.renewBeforeSeconds, 0, Infinity);

    this.#keyId = options.keyId.trim();
    this.#issuerId = options.issuerId?.trim() || undefined;
    this.#privateKey = options.privateKey;
    this.#scope = options.scope?.length ? [...options.scope] : undefined;
    this.#backdateSeconds = Math.floor((skew ?? DEFAULT_CLOCK_SKEW_SECONDS) / 2);
    this.#lifetimeSeconds = Math.min(
      lifetime ?? DEFAULT_LIFETIME_SECONDS,
      MAX_LIFETIME_SECONDS - (skew ?? DEFAULT_CLOCK_SKEW_SECONDS),
    );
    this.#renewBeforeSeconds = renewBefore ?? DEFAULT_RENEW_BEFORE_SECONDS;
    if (this.#renewBeforeSeconds >= this.#lifetimeSeconds - this.#backdateSeconds) {
      throw new RangeError(
        `TokenOptions.renewBeforeSeconds (${this.#renewBeforeSeconds}) must be less than the ` +
          `${this.#lifetimeSeconds - this.#backdateSeconds} s a new token stays valid`,
      );
    }
    this.#now = options.now ?? Date.now;
    this.#onNewToken = options.onNewToken;
  }

  get mintedCount(): number {
    return this.#mintedCount;
  }

  /** The current token, minted on first use and re-minted shortly before it expires. */
  token(): Promise<string> {
    const current = this.#current;
    if (current && this.#now() < current.renewAtMs) return Promise.resolve(current.token);
    return this.#mint();
  }

  /**
   * Discard the current token and mint a new one (after a 401). When several requests fail with
   * the same token, pass it as `rejectedToken`: only the first call mints, the others get its token.
   */
  renew(rejectedToken?: string): Promise<string> {
    if (this.#inFlight) return this.#inFlight;
    if (rejectedToken !== undefined && this.#current && this.#current.token !== rejectedToken) {
      return this.token();
    }
    this.#current = undefined;
    return this.#mint();
  }

  /** Starts a mint, or joins the one in flight so concurrent callers share a single token. */
  #mint(): Promise<string> {
    this.#inFlight ??= this.#sign().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #sign(): Promise<string> {
    const nowMs = this.#now();
    const issuedAt = Math.floor(nowMs / 1000) - this.#backdateSeconds;
    const expiresAt = issuedAt + this.#lifetimeSeconds;
    const payload: JWTPayload = this.#issuerId ? { iss: this.#issuerId } : { sub: 'user' };
    if (this.#scope) payload.scope = this.#scope;

    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'ES256', kid: this.#keyId, typ: 'JWT' })
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setAudience(APP_STORE_CONNECT_AUDIENCE)
      .sign(this.#privateKey);

    // Masked before anyone can use it; if masking fails the token is dropped, not cached.
    this.#onNewToken?.(token);
    this.#mintedCount += 1;
    this.#current = { token, renewAtMs: (expiresAt - this.#renewBeforeSeconds) * 1000 };
    return token;
  }
}

function checkSigningKey(key: KeyObject): void {
  const isP256 =
    key?.type === 'private' &&
    key.asymmetricKeyType === 'ec' &&
    key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  if (!isP256) throw new TypeError('TokenOptions.privateKey must be an EC P-256 private KeyObject');
}

function checkSeconds(
  name: string,
  value: number | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`TokenOptions.${name} must be a number of seconds ${range}`);
  }
  return value;
}
