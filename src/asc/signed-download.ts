import nodeFetch from 'node-fetch';
import { AscApiError } from './errors.js';
import { isTransportAllowed } from './plain-http.js';
import {
  defaultRetrySettings,
  withRetries,
  type Attempt,
  type RetrySettings,
} from './retry-policy.js';

export interface SignedResponse {
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type SignedFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal },
) => Promise<SignedResponse>;

export interface SignedDownloadOptions {
  retry?: Partial<RetrySettings>;
  timeoutMs?: number;
  fetch?: SignedFetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** A host that may be reached over plain http: the API base's own, when that is plain http. */
  plainHttpHost?: string;
  onRetry?: (message: string) => void;
}

/**
 * GETs a pre-signed URL that App Store Connect handed out (a feedback screenshot on Apple's CDN):
 * no API token goes with it (the signature is in the URL, and the host is not Apple's API), https
 * only (plain http to loopback or to a plain-http API base's host), retried under the client's
 * retry policy. The URL's query (its signature) never appears in an error.
 */
export async function downloadSignedUrl(
  target: string,
  options: SignedDownloadOptions = {},
): Promise<Buffer> {
  const url = new URL(target);
  const shown = `${url.origin}${url.pathname}`;
  if (!isTransportAllowed(url, options.plainHttpHost)) {
    throw new AscApiError({
      method: 'GET',
      path: shown,
      reason: 'refusing to download over an unencrypted connection',
    });
  }
  const settings: RetrySettings = { ...defaultRetrySettings, ...options.retry };
  const fetch = options.fetch ?? (nodeFetch as unknown as SignedFetch);
  const attempt = async (): Promise<Attempt<Buffer>> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
    try {
      const response = await fetch(url.href, {
        method: 'GET',
        headers: { Accept: '*/*' },
        signal: controller.signal,
      });
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status < 300) return { ok: true, value: body };
      return {
        ok: false,
        outcome: {
          kind: 'status',
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
        },
        error: new AscApiError({ method: 'GET', path: shown, status: response.status }),
      };
    } catch (cause) {
      const timedOut = controller.signal.aborted;
      const message = cause instanceof Error ? cause.message : String(cause);
      return {
        ok: false,
        outcome: { kind: timedOut ? 'timeout' : 'network' },
        error: new AscApiError({
          method: 'GET',
          path: shown,
          reason: timedOut
            ? 'timed out'
            : `connection failed: ${message.split(url.href).join(shown)}`,
          cause,
        }),
      };
    } finally {
      clearTimeout(timer);
    }
  };
  return withRetries(settings, attempt, {
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
}
