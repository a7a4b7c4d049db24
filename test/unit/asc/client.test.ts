import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { AscClient, type Fetch } from '../../../src/asc/client.js';
import { AscApiError } from '../../../src/asc/errors.js';
import { appleError, fakeTokens, scriptedFetch, type FakeAnswer } from './fake-fetch.js';

function clientWith(
  answers: Parameters<typeof scriptedFetch>[0],
  extra: Partial<ConstructorParameters<typeof AscClient>[0]> = {},
) {
  const fake = scriptedFetch(answers);
  const tokens = fakeTokens();
  const sleeps: number[] = [];
  const warnings: string[] = [];
  const client = new AscClient({
    baseUrl: 'https://api.example.test',
    tokens,
    fetch: fake.fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 1,
    logger: { debug: () => undefined, warning: (m) => void warnings.push(m) },
    ...extra,
  });
  return { client, sent: fake.sent, tokens, sleeps, warnings };
}

const ok = (body: unknown = { data: [] }): FakeAnswer => ({ status: 200, body });

describe('AscClient', () => {
  it('sends the bearer token and JSON, and parses the answer', async () => {
    const { client, sent } = clientWith([ok({ data: { type: 'apps', id: '1' } })]);
    const document = await client.get<{ data: { id: string } }>('/v1/apps/1');
    expect(document.data.id).toBe('1');
    expect(sent[0]?.url).toBe('https://api.example.test/v1/apps/1');
    expect(sent[0]?.headers.Authorization).toBe('Bearer token-1');
  });

  it('keeps a base path of api-base-url', async () => {
    const { client, sent } = clientWith([ok()], { baseUrl: 'http://127.0.0.1:9/proxy/' });
    await client.get('/v1/apps');
    expect(sent[0]?.url).toBe('http://127.0.0.1:9/proxy/v1/apps');
  });

  it('mints a fresh token once after a 401, then gives up', async () => {
    const unauthorized = { status: 401, body: appleError(401, 'NOT_AUTHORIZED', 'expired') };
    const { client, sent, tokens } = clientWith([unauthorized, ok(), unauthorized, unauthorized]);
    await client.get('/v1/apps');
    expect(sent.map((r) => r.headers.Authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    await expect(client.get('/v1/apps')).rejects.toThrow(
      'GET /v1/apps failed: 401 NOT_AUTHORIZED: expired',
    );
    expect(tokens.renewals).toBe(2);
  });

  it('honours Retry-After on 429', async () => {
    const limited = {
      status: 429,
      headers: { 'Retry-After': '7' },
      body: appleError(429, 'RATE_LIMIT_EXCEEDED', 'slow down'),
    };
    const { client, sleeps } = clientWith([limited, ok()]);
    await client.get('/v1/apps');
    expect(sleeps).toEqual([7000]);
  });

  it('fails at once when Retry-After is longer than it waits', async () => {
    const limited = {
      status: 429,
      headers: { 'Retry-After': '3600' },
      body: appleError(429, 'RATE_LIMIT_EXCEEDED', 'quota'),
    };
    const { client, sent } = clientWith([limited]);
    await expect(client.get('/v1/apps')).rejects.toThrow(/retry after 3600 s/);
    expect(sent).toHaveLength(1);
  });

  it('retries GETs on 5xx and dropped connections with growing backoff, then fails', async () => {
    const err = { status: 503, body: appleError(503, 'UNEXPECTED_ERROR', 'down') };
    const { client, sleeps, sent } = clientWith([err, { drop: true }, err, err, err]);
    await expect(client.get('/v1/apps')).rejects.toBeInstanceOf(AscApiError);
    expect(sent).toHaveLength(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never retries 400, 403, 404, 409 or 422', async () => {
    for (const status of [400, 403, 404, 409, 422]) {
      const { client, sent } = clientWith([{ status, body: appleError(status, 'X', 'no') }]);
      await expect(client.get('/v1/apps')).rejects.toMatchObject({ status });
      expect(sent).toHaveLength(1);
    }
  });

  it('does not repeat a create whose answer was lost when it cannot check', async () => {
    const { client, sent } = clientWith([{ drop: true }]);
    await expect(client.post('/v1/betaTesters', { data: {} })).rejects.toThrow(/connection failed/);
    expect(sent).toHaveLength(1);
  });

  it('re-reads before repeating a create, and returns what the re-read found', async () => {
    const { client, sent } = clientWith([{ drop: true }]);
    const recover = vi.fn(async () => ({ data: { id: 'found' } }));
    const result = await client.post('/v1/betaTesters', { data: {} }, { recover });
    expect(result).toEqual({ data: { id: 'found' } });
    expect(recover).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
  });

  it('repeats a create after the re-read shows it did not happen', async () => {
    const { client, sent } = clientWith([
      { status: 500 },
      { status: 201, body: { data: { id: 'new' } } },
    ]);
    const result = await client.post(
      '/v1/betaTesters',
      { data: {} },
      { recover: async () => undefined },
    );
    expect(result).toEqual({ data: { id: 'new' } });
    expect(sent).toHaveLength(2);
  });

  it('counts a create answered 409 as done when the re-read finds what it asked for', async () => {
    const conflict = {
      status: 409,
      body: appleError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID',
        "A beta group with the name 'QA' already exists",
      ),
    };
    const { client, sent } = clientWith([conflict]);
    const recover = vi.fn(async () => ({ data: { id: 'theirs' } }));
    const result = await client.post('/v1/betaGroups', { data: {} }, { recover });
    expect(result).toEqual({ data: { id: 'theirs' } });
    expect(recover).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
  });

  it('keeps the 409 when the re-read finds nothing as asked, or there is no re-read', async () => {
    const conflict = {
      status: 409,
      body: appleError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'already exists'),
    };
    const { client, sent } = clientWith([conflict, conflict]);
    await expect(
      client.post('/v1/betaGroups', { data: {} }, { recover: async () => undefined }),
    ).rejects.toThrow(/409 ENTITY_ERROR.ATTRIBUTE.INVALID: already exists/);
    await expect(client.post('/v1/betaGroups', { data: {} })).rejects.toThrow(/409/);
    expect(sent).toHaveLength(2);
  });

  it('retries a create after 429 without re-reading (Apple did not handle it)', async () => {
    const recover = vi.fn(async () => undefined);
    const { client, sent } = clientWith([
      { status: 429, headers: { 'Retry-After': '0' } },
      { status: 201, body: { data: { id: 'n' } } },
    ]);
    await client.post('/v1/devices', { data: {} }, { recover });
    expect(recover).not.toHaveBeenCalled();
    expect(sent).toHaveLength(2);
  });

  it('retries linkage POSTs and PATCHes as idempotent', async () => {
    const { client, sent } = clientWith([
      { drop: true },
      { status: 204 },
      { status: 502 },
      ok({ data: { id: 'g' } }),
    ]);
    await client.post('/v1/betaGroups/g/relationships/betaTesters', { data: [] });
    await client.patch('/v1/betaGroups/g', { data: {} });
    expect(sent.map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH', 'PATCH']);
  });

  it('takes a 404 after a lost DELETE answer as done', async () => {
    const { client, sent } = clientWith([
      { drop: true },
      { status: 404, body: appleError(404, 'NOT_FOUND', 'gone') },
    ]);
    await client.delete('/v1/profiles/p');
    expect(sent).toHaveLength(2);
  });

  it('takes a 404 on deleting a resource as done (a racing run deleted it), not on an unlink', async () => {
    const gone = { status: 404, body: appleError(404, 'NOT_FOUND', 'gone') };
    const { client, sent } = clientWith([gone, gone]);
    await client.delete('/v1/profiles/p');
    await expect(
      client.delete('/v1/betaGroups/g/relationships/betaTesters', { data: [] }),
    ).rejects.toThrow(/404/);
    expect(sent).toHaveLength(2);
  });

  it('follows a link naming another host on the API base, never sending the token there', async () => {
    const { client, sent } = clientWith([ok(), ok()], { baseUrl: 'http://127.0.0.1:9/proxy' });
    await client.get('https://evil.example/v1/apps?cursor=Mg&limit=200');
    await client.get('http://localhost:9/proxy/v1/apps?cursor=NA');
    expect(sent.map((r) => r.url)).toEqual([
      'http://127.0.0.1:9/proxy/v1/apps?cursor=Mg&limit=200',
      'http://127.0.0.1:9/proxy/v1/apps?cursor=NA',
    ]);
  });

  it('reads X-Rate-Limit and warns once when it runs low', async () => {
    const header = (rem: number) => ({
      'X-Rate-Limit': `user-hour-lim:3600;user-hour-rem:${rem};`,
    });
    const { client, warnings } = clientWith([
      { status: 200, body: { data: [] }, headers: header(3000) },
      { status: 200, body: { data: [] }, headers: header(20) },
      { status: 200, body: { data: [] }, headers: header(19) },
    ]);
    await client.get('/v1/apps');
    expect(client.rateLimit).toEqual({ limit: 3600, remaining: 3000 });
    await client.get('/v1/apps');
    await client.get('/v1/apps');
    expect(client.rateLimit?.remaining).toBe(19);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('19'.slice(0, 0) + '20 of 3600');
  });

  it('times a request out and retries it when idempotent', async () => {
    const hang: Parameters<typeof scriptedFetch>[0][number] = () => ({ status: 200 });
    const { client } = clientWith([hang], {
      requestTimeoutMs: 5,
      fetch: (_url, init) =>
        new Promise((_, reject) =>
          init.signal.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
      retry: { maxAttempts: 2 },
    });
    await expect(client.get('/v1/apps')).rejects.toThrow('GET /v1/apps failed: timed out');
    expect(client.stats.requests).toBe(2);
  });

  it('keeps at most maxConcurrency requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const client = new AscClient({
      baseUrl: 'https://api.example.test',
      tokens: fakeTokens(),
      maxConcurrency: 3,
      fetch: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return { status: 200, headers: { get: () => null }, text: async () => '{"data":[]}' };
      },
    });
    await Promise.all(Array.from({ length: 12 }, () => client.get('/v1/apps')));
    expect(peak).toBe(3);
    expect(client.stats.requests).toBe(12);
  });
});

describe('AscClient.download', () => {
  /** A fetch whose successful answers carry a stream body; the others are JSON errors. */
  function downloadFetch(
    answers: ({ status: number; bytes?: Buffer; error?: unknown } | 'drop')[],
  ) {
    const sent: { url: string; headers: Record<string, string> }[] = [];
    const fetch: Fetch = async (url, init) => {
      sent.push({ url, headers: init.headers });
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected request ${url}`);
      if (answer === 'drop')
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return {
        status: answer.status,
        headers: {
          get: (name) => (name === 'x-rate-limit' ? 'user-hour-lim:3600;user-hour-rem:99;' : null),
        },
        text: async () => JSON.stringify(answer.error ?? {}),
        body: answer.bytes ? Readable.from(answer.bytes) : undefined,
      };
    };
    return { fetch, sent };
  }

  async function readAll(stream: Readable): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  it('returns the body as a stream, asking for the given type with the token', async () => {
    const bytes = gzipSync('a\tb\n1\t2\n');
    const { fetch, sent } = downloadFetch([{ status: 200, bytes }]);
    const client = new AscClient({
      baseUrl: 'https://api.example.test',
      tokens: fakeTokens(),
      fetch,
    });
    const stream = await client.download(
      '/v1/salesReports?filter[frequency]=DAILY',
      'application/a-gzip',
    );
    expect(gunzipSync(await readAll(stream)).toString()).toBe('a\tb\n1\t2\n');
    expect(sent[0]?.headers.Accept).toBe('application/a-gzip');
    expect(sent[0]?.headers.Authorization).toBe('Bearer token-1');
    expect(client.rateLimit?.remaining).toBe(99);
  });

  it('retries drops and 5xx, renews the token after a 401, and raises Apple errors', async () => {
    const { fetch, sent } = downloadFetch([
      'drop',
      { status: 503, error: appleError(503, 'UNEXPECTED_ERROR', 'try again') },
      { status: 401, error: appleError(401, 'NOT_AUTHORIZED', 'expired') },
      { status: 200, bytes: Buffer.from('ok') },
      {
        status: 404,
        error: appleError(404, 'NOT_FOUND', 'There were no sales for the date specified.'),
      },
    ]);
    const client = new AscClient({
      baseUrl: 'https://api.example.test',
      tokens: fakeTokens(),
      fetch,
      sleep: async () => undefined,
    });
    const stream = await client.download('/v1/salesReports', 'application/a-gzip');
    expect((await readAll(stream)).toString()).toBe('ok');
    expect(sent.map((r) => r.headers.Authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ]);
    const error = await client
      .download('/v1/salesReports', 'application/a-gzip')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AscApiError);
    expect((error as AscApiError).is(404, 'NOT_FOUND')).toBe(true);
    expect((error as AscApiError).message).toContain('There were no sales for the date specified.');
  });

  it('fetches the whole answer again when its body breaks off mid-way', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.from('half'));
        this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    let served = 0;
    const fetch: Fetch = async () => {
      served++;
      return {
        status: 200,
        headers: { get: () => null },
        text: async () => '',
        body: served === 1 ? broken : Readable.from(Buffer.from('whole answer')),
      };
    };
    const client = new AscClient({
      baseUrl: 'https://api.example.test',
      tokens: fakeTokens(),
      fetch,
      sleep: async () => undefined,
    });
    const text = await client.downloadTo('/v1/salesReports', 'application/a-gzip', async (body) =>
      (await readAll(body)).toString(),
    );
    expect(text).toBe('whole answer');
    expect(served).toBe(2);
    expect(client.stats.retries).toBe(1);
  });
});
