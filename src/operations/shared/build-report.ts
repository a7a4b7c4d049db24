import { stateCell, type SummarySection } from '../../report/step-summary.js';
import type { OperationOutcome, OutputValue } from '../operation.js';
import { describeBuild, type ResolvedBuild } from './resolve-build.js';
import type { WaitOutcome } from './wait-for-processing.js';

/** What `result` says about a build. */
export interface BuildReport {
  id: string;
  number: string;
  version: string;
  platform: string;
  processingState: string;
  internalBuildState: string | null;
  externalBuildState: string | null;
  betaReviewState: string | null;
  usesNonExemptEncryption: boolean | null;
  uploadedDate: string | null;
}

export function buildReport(build: ResolvedBuild): BuildReport {
  const detail = build.betaDetail?.attributes;
  return {
    id: build.id,
    number: build.number,
    version: build.version,
    platform: build.platform,
    processingState: build.processingState,
    internalBuildState: detail?.internalBuildState ?? null,
    externalBuildState: detail?.externalBuildState ?? null,
    betaReviewState: build.reviewSubmission?.attributes?.betaReviewState ?? null,
    usesNonExemptEncryption: build.usesNonExemptEncryption,
    uploadedDate: build.uploadedDate,
  };
}

/** The convenience outputs every build operation sets. */
export function buildOutputs(build: ResolvedBuild): Record<string, OutputValue | undefined> {
  const report = buildReport(build);
  return {
    'build-id': report.id,
    'build-number': report.number,
    version: report.version,
    'processing-state': report.processingState,
    'external-build-state': report.externalBuildState ?? undefined,
    'beta-review-state': report.betaReviewState ?? undefined,
  };
}

/**
 * The build's states, one per row (a row of six states was wider than a normal window): readable
 * names, Apple's raw ones as tooltips (and in `result`).
 */
export function buildSection(build: ResolvedBuild): SummarySection {
  const report = buildReport(build);
  return {
    heading: `Build ${describeBuild(build)}`,
    table: {
      header: ['Stage', 'State'],
      rows: [
        ['Processing', stateCell(report.processingState)],
        ['Internal testing', stateCell(report.internalBuildState)],
        ['External testing', stateCell(report.externalBuildState)],
        ['Beta review', stateCell(report.betaReviewState)],
      ],
    },
  };
}

/** What `result` says of a wait for processing. */
export function waitReport(waited: WaitOutcome): {
  waitedSeconds: number;
  polls: number;
  timedOut: boolean;
} {
  return {
    waitedSeconds: Math.round(waited.waitedMs / 1000),
    polls: waited.polls,
    timedOut: waited.timedOut,
  };
}

/**
 * The outcome of an operation whose build was still processing when the wait ran out and which
 * was told to succeed then (`wait-timeout-behavior: succeed`): the same for every operation.
 */
export function stillProcessingOutcome(
  app: { name: string },
  waited: WaitOutcome,
  extra: {
    result?: Record<string, unknown>;
    outputs?: Record<string, OutputValue | undefined>;
  } = {},
): OperationOutcome {
  const { build } = waited;
  return {
    result: {
      app,
      build: buildReport(build),
      wait: waitReport(waited),
      ...extra.result,
      plan: [],
      applied: false,
    },
    outputs: { ...buildOutputs(build), ...extra.outputs },
    summary: {
      title: `Build ${describeBuild(build)} of ${app.name} is still processing`,
      sections: [
        buildSection(build),
        { lines: ['Nothing was changed: run again once the build is processed.'] },
      ],
    },
  };
}
