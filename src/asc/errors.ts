/** One item of Apple's `ErrorResponse.errors`. */
export interface AppleErrorItem {
  id?: string;
  status?: string;
  code?: string;
  title?: string;
  detail?: string;
  source?: { pointer?: string; parameter?: string };
}

export interface AscApiErrorInit {
  method: string;
  /** Path and query of the failing request, relative to the API base (never holds the token). */
  path: string;
  /** HTTP status; undefined when no answer arrived (connection lost, timeout). */
  status?: number;
  errors?: AppleErrorItem[];
  /** What went wrong when there is no Apple error body (network failure, unparsable answer). */
  reason?: string;
  cause?: unknown;
}

/**
 * The one error type of the App Store Connect client. Its message reads like
 * `POST /v1/betaTesters failed: 409 ENTITY_ERROR.ATTRIBUTE.INVALID: <detail> (source: /data/attributes/email)`.
 */
export class AscApiError extends Error {
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly errors: AppleErrorItem[];
  readonly code: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly source: string | undefined;

  constructor(init: AscApiErrorInit) {
    super(formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AscApiError';
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.errors = init.errors ?? [];
    const first = this.errors[0];
    this.code = first?.code;
    this.title = first?.title;
    this.detail = first?.detail;
    this.source = first ? describeSource(first) : undefined;
  }

  /** True when Apple answered with this status (and, when given, this error code or a code under it). */
  is(status: number, code?: string): boolean {
    if (this.status !== status) return false;
    if (code === undefined) return true;
    return this.errors.some((e) => e.code === code || e.code?.startsWith(`${code}.`));
  }
}

function describeSource(item: AppleErrorItem): string | undefined {
  return item.source?.pointer ?? item.source?.parameter;
}

function describeItem(item: AppleErrorItem): string {
  const headline = [item.code, item.detail ?? item.title].filter(Boolean).join(': ');
  const source = describeSource(item);
  return source ? `${headline} (source: ${source})` : headline;
}

function formatMessage(init: AscApiErrorInit): string {
  const request = `${init.method} ${init.path} failed`;
  if (init.status === undefined) return `${request}: ${init.reason ?? 'no response'}`;
  const items = init.errors ?? [];
  if (items.length === 0)
    return `${request}: ${init.status} ${init.reason ?? 'unexpected response'}`;
  const described = `${request}: ${init.status} ${items.map(describeItem).join('; ')}`;
  return init.reason ? `${described} (${init.reason})` : described;
}

/** What the run knows of its credentials, to explain Apple's refusals (never the key itself). */
export interface CredentialsInUse {
  keyId: string;
  /** Whether `issuer-id` was given (a team key) or left out (an individual key). */
  issuerGiven: boolean;
}

/**
 * What a user should check or do after Apple refused access, when the answer alone does not say:
 * a 401 never says which part of the token is wrong, and a 403 for agreements reads like a
 * permission problem. Undefined for every other error.
 */
export function explainAccessRefusal(
  error: unknown,
  credentials: CredentialsInUse,
): string | undefined {
  if (!(error instanceof AscApiError)) return undefined;
  if (
    error.is(403) &&
    error.errors.some((e) => e.code?.endsWith('REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED'))
  ) {
    return (
      'Apple refuses every request until the current agreements are accepted: the Account Holder ' +
      'must sign in to App Store Connect and accept them (Business, Agreements). Nothing is wrong ' +
      'with the key; run again once they are accepted.'
    );
  }
  if (error.status !== 401) return undefined;
  const issuer = credentials.issuerGiven
    ? '`issuer-id` is given, so the key must be a team key of that issuer (Users and Access, ' +
      'Integrations, App Store Connect API); an individual key needs `issuer-id` left out'
    : '`issuer-id` is not given, so the key is taken as an individual key; a team key needs ' +
      "the team's issuer ID in `issuer-id`";
  return (
    `Apple refused the token and does not say why. Check: \`key-id\` (${credentials.keyId}) is ` +
    `the ID of an active, not revoked key; ${issuer}; \`private-key\` is that key's .p8 file; ` +
    "the runner's clock is right (tokens are dated by it)."
  );
}
