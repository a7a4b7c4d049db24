import { describe, expect, it } from 'vitest';
import { AscApiError } from '../../../src/asc/errors.js';
import type { ActionLog } from '../../../src/log.js';
import {
  isSettlingRefusal,
  retryWhileBuildSettles,
  settlingDelaysMs,
} from '../../../src/operations/shared/build-in-review.js';

const build = { number: '45', version: '1.2' };

function recorder() {
  const lines: string[] = [];
  const sleeps: number[] = [];
  const log: ActionLog = {
    info: (message) => void lines.push(message),
    warning: (message) => void lines.push(message),
    debug: () => undefined,
    group: (_name, task) => task(),
  };
  return { lines, sleeps, context: { log, sleep: async (ms: number) => void sleeps.push(ms) } };
}

const notSettled = () =>
  new AscApiError({
    method: 'POST',
    path: '/v1/betaAppReviewSubmissions',
    status: 422,
    errors: [
      {
        code: 'STATE_ERROR',
        detail: 'The build is not in a valid processing state for this operation.',
      },
    ],
  });
const anotherInReview = () =>
  new AscApiError({
    method: 'POST',
    path: '/v1/betaAppReviewSubmissions',
    status: 422,
    errors: [{ code: 'STATE_ERROR', detail: 'Another build is in review.' }],
  });

describe("Apple's short window after processing", () => {
  it('knows its refusals: 422 not in a valid processing state, 404 for the beta detail', () => {
    expect(isSettlingRefusal(notSettled())).toBe(true);
    expect(
      isSettlingRefusal(
        new AscApiError({ method: 'GET', path: '/v1/builds/b1/buildBetaDetail', status: 404 }),
      ),
    ).toBe(true);
    expect(isSettlingRefusal(anotherInReview())).toBe(false);
    expect(
      isSettlingRefusal(new AscApiError({ method: 'GET', path: '/v1/builds/b1', status: 404 })),
    ).toBe(false);
  });

  it('is waited out with backoff on the scaled clock, and said in the log', async () => {
    const { lines, sleeps, context } = recorder();
    let tries = 0;
    const answer = await retryWhileBuildSettles(
      context,
      build,
      'the review submission',
      async () => {
        tries++;
        if (tries < 3) throw notSettled();
        return 'submitted';
      },
    );
    expect(answer).toBe('submitted');
    expect(sleeps).toEqual(settlingDelaysMs.slice(0, 2));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('still settling build 1.2 (45)');
  });

  it('is bounded: after the last wait, the refusal fails the run', async () => {
    const { sleeps, context } = recorder();
    await expect(
      retryWhileBuildSettles(context, build, 'the review submission', async () => {
        throw notSettled();
      }),
    ).rejects.toThrow('not in a valid processing state');
    expect(sleeps).toEqual(settlingDelaysMs);
  });

  it('never retries another refusal', async () => {
    const { sleeps, context } = recorder();
    await expect(
      retryWhileBuildSettles(context, build, 'the review submission', async () => {
        throw anotherInReview();
      }),
    ).rejects.toThrow('Another build is in review.');
    expect(sleeps).toEqual([]);
  });
});
