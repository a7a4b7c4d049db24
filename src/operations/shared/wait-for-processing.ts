import type { InputReader } from '../../input-reader.js';
import type { OperationContext } from '../operation.js';
import { describeBuild, readBuild, type ResolvedBuild } from './resolve-build.js';

export type WaitTimeoutBehavior = 'fail' | 'succeed';

export interface ProcessingWait {
  /** Wait at all (`wait-for-processing`). */
  enabled: boolean;
  timeoutMinutes: number;
  /** When the budget runs out: fail, or succeed with the state in the outputs so a later run resumes. */
  onTimeout: WaitTimeoutBehavior;
}

/** Polling starts every 15 s and backs off to once a minute. */
export const pollIntervals = { firstMs: 15_000, maxMs: 60_000, factor: 1.5 };

export function parseProcessingWait(inputs: InputReader): ProcessingWait {
  return {
    enabled: inputs.boolean('wait-for-processing', true),
    timeoutMinutes: inputs.integer('processing-timeout-minutes', 30, { min: 1, max: 360 }),
    onTimeout: inputs.choice('wait-timeout-behavior', ['fail', 'succeed'] as const, 'fail'),
  };
}

/** The waits between polls, in order, until their sum reaches the budget. */
export function pollDelays(budgetMs: number): number[] {
  const delays: number[] = [];
  let next = pollIntervals.firstMs;
  let total = 0;
  while (total < budgetMs) {
    const delay = Math.min(next, budgetMs - total);
    delays.push(delay);
    total += delay;
    next = Math.min(next * pollIntervals.factor, pollIntervals.maxMs);
  }
  return delays;
}

export interface WaitOutcome {
  build: ResolvedBuild;
  /** Still PROCESSING when the budget ran out (only returned with `onTimeout: 'succeed'`). */
  timedOut: boolean;
  /** How long was waited, in (unscaled) milliseconds. */
  waitedMs: number;
  polls: number;
}

export class ProcessingTimeoutError extends Error {
  constructor(
    readonly build: ResolvedBuild,
    minutes: number,
  ) {
    super(
      `Build ${describeBuild(build)} is still ${build.processingState} after ${minutes} minute(s) of waiting; ` +
        'run again later, raise processing-timeout-minutes, or set wait-timeout-behavior: succeed',
    );
    this.name = 'ProcessingTimeoutError';
  }
}

/**
 * Waits while the build is PROCESSING, re-reading it with a backoff from 15 s to 60 s. The budget
 * counts the waits themselves (scaled by the time scale through `context.sleep`), so it is the
 * same in tests that do not wait. Returns at once for a build that is not processing.
 */
export async function waitForProcessing(
  context: OperationContext,
  build: ResolvedBuild,
  wait: ProcessingWait,
): Promise<WaitOutcome> {
  let current = build;
  let waitedMs = 0;
  let polls = 0;
  if (current.processingState !== 'PROCESSING') {
    return { build: current, timedOut: false, waitedMs, polls };
  }
  context.log.info(
    `Build ${describeBuild(current)} is PROCESSING; waiting up to ${wait.timeoutMinutes} minute(s).`,
  );
  const budgetMs = wait.timeoutMinutes * 60_000;
  for (const delay of pollDelays(budgetMs)) {
    await context.sleep(delay);
    waitedMs += delay;
    polls++;
    current = await readBuild(context.client, current.id);
    if (current.processingState !== 'PROCESSING') {
      context.log.info(
        `Build ${describeBuild(current)} is ${current.processingState} after ${formatMinutes(waitedMs)}.`,
      );
      return { build: current, timedOut: false, waitedMs, polls };
    }
    context.log.info(
      waitCheckLine(`Build ${describeBuild(current)}`, current.processingState, waitedMs, budgetMs),
    );
  }
  if (wait.onTimeout === 'fail') throw new ProcessingTimeoutError(current, wait.timeoutMinutes);
  context.log.warning(
    `Build ${describeBuild(current)} is still PROCESSING after ${wait.timeoutMinutes} minute(s); ` +
      'succeeding as wait-timeout-behavior: succeed asks. Run again later to finish.',
  );
  return { build: current, timedOut: true, waitedMs, polls };
}

export function formatMinutes(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`;
}

/**
 * The line printed at every check of a long wait, in the normal log, so that a 30-minute wait is
 * not 30 silent minutes: `Build 1.2 (45): PROCESSING after 45 s; up to 29.3 min left.`
 */
export function waitCheckLine(
  subject: string,
  state: string,
  waitedMs: number,
  budgetMs: number,
): string {
  const left = Math.max(0, budgetMs - waitedMs);
  return `${subject}: ${state} after ${formatMinutes(waitedMs)} of waiting; up to ${formatMinutes(left)} left.`;
}

/** Processing ended badly: nothing can be done with the build. */
export function assertProcessedSuccessfully(build: ResolvedBuild): void {
  if (build.processingState === 'FAILED' || build.processingState === 'INVALID') {
    throw new Error(
      `Build ${describeBuild(build)} is ${build.processingState}: Apple could not process it, so it cannot be tested; upload a new build`,
    );
  }
}

/**
 * The waiting step of the operations that write to a build: fails for a build Apple could not
 * process, waits (unless told not to) for one still processing, and does not wait in a dry run,
 * which plans against the build as it is.
 */
export async function waitUntilProcessed(
  context: OperationContext,
  build: ResolvedBuild,
  wait: ProcessingWait,
): Promise<WaitOutcome> {
  assertProcessedSuccessfully(build);
  const unchanged: WaitOutcome = { build, timedOut: false, waitedMs: 0, polls: 0 };
  if (build.processingState !== 'PROCESSING') return unchanged;
  if (context.dryRun) {
    context.log.info(
      `Build ${describeBuild(build)} is PROCESSING; a real run would wait for it (dry-run does not wait).`,
    );
    return unchanged;
  }
  if (!wait.enabled) {
    throw new Error(
      `Build ${describeBuild(build)} is still PROCESSING and wait-for-processing is false; run again once it is processed, or set wait-for-processing: true`,
    );
  }
  const outcome = await waitForProcessing(context, build, wait);
  assertProcessedSuccessfully(outcome.build);
  return outcome;
}
