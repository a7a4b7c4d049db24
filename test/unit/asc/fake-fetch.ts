import type { Fetch, FetchResponse } from '../../../src/asc/client.js';

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Instead of answering: fail as a dropped connection would. */
  drop?: boolean;
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** A fetch that answers from a script (one answer per call) and records what was sent. */
export function scriptedFetch(answers: (FakeAnswer | ((request: SentRequest) => FakeAnswer))[]) {
  const sent: SentRequest[] = [];
  const fetch: Fetch = async (url, init) => {
    const request: SentRequest = {
      method: init.method,
      url,
      headers: init.headers,
      ...(init.body ? { body: JSON.parse(init.body) } : {}),
    };
    sent.push(request);
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${init.method} ${url}`);
    const answer = typeof next === 'function' ? next(request) : next;
    if (answer.drop) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const headers = new Map(
      Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const response: FetchResponse = {
      status: answer.status ?? 200,
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      text: async () => (answer.body === undefined ? '' : JSON.stringify(answer.body)),
    };
    return response;
  };
  return { fetch, sent, remaining: answers };
}

export function fakeTokens() {
  let n = 0;
  let current = 'token-1';
  return {
    token: async () => current,
    renew: async () => {
      n++;
      current = `token-${n + 1}`;
      return current;
    },
    get renewals() {
      return n;
    },
  };
}

export const appleError = (status: number, code: string, detail: string, source?: object) => ({
  errors: [
    {
      id: 'x',
      status: String(status),
      code,
      title: 'title',
      detail,
      ...(source ? { source } : {}),
    },
  ],
});
