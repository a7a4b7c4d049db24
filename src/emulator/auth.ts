import { compactVerify, decodeProtectedHeader } from 'jose';
import { appleErrors } from './apple-errors.js';
import type { ErrorAnswer } from './apple-errors.js';
import type { RegisteredKey } from './api-keys.js';

export const AUDIENCE = 'appstoreconnect-v1';
export const MAX_TOKEN_LIFETIME_SECONDS = 20 * 60;
const CLOCK_SKEW_SECONDS = 60;

export interface AuthRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

export type AuthResult =
  { ok: true; keyId: string } | { ok: false; answer: ErrorAnswer; keyId?: string };

/** The kid of a bearer token without verifying anything (for logging and rate counting). */
export function unverifiedKeyId(authorization: string | undefined): string | undefined {
  const token = bearerToken(authorization);
  if (!token) return undefined;
  try {
    const kid = decodeProtectedHeader(token).kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

/** Checks an App Store Connect API token the way Apple does. */
export async function authenticate(
  request: AuthRequest,
  keys: ReadonlyMap<string, RegisteredKey>,
  nowMs: number,
): Promise<AuthResult> {
  const token = bearerToken(request.authorization);
  if (!token) return fail('Missing bearer token in the Authorization header.');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return fail('The token is not a well-formed JWT.');
  }
  const keyId = typeof header.kid === 'string' ? header.kid : undefined;
  const failWithKey = (detail: string): AuthResult => ({
    ok: false,
    answer: appleErrors.notAuthorized(detail),
    ...(keyId ? { keyId } : {}),
  });
  if (header.alg !== 'ES256') return failWithKey('The token must be signed with ES256.');
  // Apple's own example sends no typ; one that is sent must say JWT.
  if (header.typ !== undefined && header.typ !== 'JWT') {
    return failWithKey('The token header typ must be JWT.');
  }
  const key = keyId ? keys.get(keyId) : undefined;
  if (!keyId || !key) return failWithKey('The token kid does not name an active API key.');

  let payload: Record<string, unknown>;
  try {
    const verified = await compactVerify(token, key.publicKey, { algorithms: ['ES256'] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch {
    return failWithKey('The token signature is invalid.');
  }
  const claimError = checkClaims(payload, key, nowMs / 1000) ?? checkScope(payload, request);
  if (claimError) return failWithKey(claimError);
  return { ok: true, keyId };
}

function checkClaims(
  payload: Record<string, unknown>,
  key: RegisteredKey,
  nowSeconds: number,
): string | undefined {
  const audience = payload.aud;
  const audiences = Array.isArray(audience) ? audience : [audience];
  if (!audiences.includes(AUDIENCE)) return `The token aud must be ${AUDIENCE}.`;
  const { exp, iat } = payload;
  if (typeof exp !== 'number') return 'The token has no exp.';
  if (exp <= nowSeconds - CLOCK_SKEW_SECONDS) return 'The token has expired.';
  if (exp > nowSeconds + MAX_TOKEN_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) {
    return 'The token exp is more than 20 minutes in the future.';
  }
  // iat is optional (Apple's own example signs iss, exp and aud only); when sent, it is checked.
  if (iat !== undefined) {
    if (typeof iat !== 'number') return 'The token iat must be a number.';
    if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) return 'The token lifetime exceeds 20 minutes.';
    if (iat > nowSeconds + CLOCK_SKEW_SECONDS) return 'The token iat is in the future.';
  }
  if (key.issuerId) {
    if (payload.iss !== key.issuerId) return 'The token iss does not match the key issuer.';
  } else {
    if (payload.sub !== 'user') return 'An individual key token must have sub "user".';
    if (payload.iss !== undefined) return 'An individual key token must not have iss.';
  }
  return undefined;
}

function checkScope(payload: Record<string, unknown>, request: AuthRequest): string | undefined {
  const scope = payload.scope;
  if (scope === undefined) return undefined;
  if (!Array.isArray(scope) || !scope.every((s) => typeof s === 'string')) {
    return 'The token scope must be an array of strings.';
  }
  const allowed = scope.some((entry) => scopeAllows(entry, request));
  return allowed
    ? undefined
    : `The token scope does not allow ${request.method} ${request.pathname}.`;
}

/** `GET /v1/apps?filter[platform]=IOS` allows that method and path, with at least those parameters. */
function scopeAllows(entry: string, request: AuthRequest): boolean {
  const space = entry.indexOf(' ');
  if (space < 0) return false;
  const method = entry.slice(0, space).toUpperCase();
  const target = entry.slice(space + 1).trim();
  const question = target.indexOf('?');
  const path = question < 0 ? target : target.slice(0, question);
  if (method !== request.method.toUpperCase() || path !== request.pathname) return false;
  if (question < 0) return true;
  for (const [name, value] of new URLSearchParams(target.slice(question + 1))) {
    if (request.query.get(name) !== value) return false;
  }
  return true;
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

function fail(detail: string): AuthResult {
  return { ok: false, answer: appleErrors.notAuthorized(detail) };
}
