import type { AscClient } from '../../asc/client.js';
import type {
  BetaCrashLog,
  BetaFeedbackCrashSubmission,
  BetaFeedbackScreenshotSubmission,
  Build,
  PrereleaseVersion,
} from '../../asc/generated/app-store-connect.js';
import {
  IncludedIndex,
  relatedId,
  type ListDocument,
  type SingleDocument,
} from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import { toQueryString } from '../../asc/query.js';
import type { ResolvedApp } from '../shared/resolve-app.js';

export type FeedbackKind = 'crash' | 'screenshot';

/** One tester's feedback, as this action writes it down. */
export interface Feedback {
  id: string;
  kind: FeedbackKind;
  createdDate: string;
  comment: string;
  /** The tester's address: written to feedback.json only, never into an issue. */
  email: string;
  deviceModel: string;
  deviceFamily: string;
  osVersion: string;
  locale: string;
  timeZone: string;
  appPlatform: string;
  bundleId: string;
  build: { id: string; number: string; version: string };
  /** Image URLs (signed, short-lived): downloaded, never written down. */
  screenshots: { url: string; width: number | null; height: number | null }[];
  screenshotCount: number;
  /** The first frames of the crashed thread (crashes whose log could be read). */
  crashFrames: string[];
}

type Submission = BetaFeedbackCrashSubmission | BetaFeedbackScreenshotSubmission;

const submissionFields = [
  'createdDate',
  'comment',
  'email',
  'deviceModel',
  'osVersion',
  'locale',
  'timeZone',
  'appPlatform',
  'deviceFamily',
  'buildBundleId',
  'build',
];

/**
 * The submissions of one kind created since `cutoff`, newest first. Apple has no date filter:
 * pages are read with `sort=-createdDate` and reading stops at the first older submission.
 */
async function listSince(
  client: AscClient,
  app: ResolvedApp,
  kind: FeedbackKind,
  cutoff: number,
): Promise<{ data: Submission[]; included: IncludedIndex }> {
  const type =
    kind === 'crash' ? 'betaFeedbackCrashSubmissions' : 'betaFeedbackScreenshotSubmissions';
  const isNew = (submission: Submission) =>
    Date.parse(submission.attributes?.createdDate ?? '') >= cutoff;
  const list = await collectAll<Submission>(
    client,
    `/v1/apps/${app.id}/${type}`,
    {
      sort: ['-createdDate'],
      include: ['build'],
      fields: {
        [type]: kind === 'screenshot' ? [...submissionFields, 'screenshots'] : submissionFields,
        builds: ['version'],
      },
    },
    (items) => items.some((item) => !isNew(item)),
  );
  return { data: list.data.filter(isNew), included: list.included };
}

function toFeedback(kind: FeedbackKind, submission: Submission, included: IncludedIndex): Feedback {
  const a = submission.attributes ?? {};
  const buildId = relatedId(submission, 'build') ?? '';
  const build = included.one<Build>(submission, 'build');
  const images =
    'screenshots' in a && Array.isArray(a.screenshots) ? a.screenshots : ([] as never[]);
  const screenshots = images
    .filter((image) => typeof image.url === 'string' && image.url !== '')
    .map((image) => ({
      url: image.url as string,
      width: image.width ?? null,
      height: image.height ?? null,
    }));
  return {
    id: submission.id,
    kind,
    createdDate: a.createdDate ?? '',
    comment: a.comment ?? '',
    email: a.email ?? '',
    deviceModel: a.deviceModel ?? '',
    deviceFamily: a.deviceFamily ?? '',
    osVersion: a.osVersion ?? '',
    locale: a.locale ?? '',
    timeZone: a.timeZone ?? '',
    appPlatform: a.appPlatform ?? '',
    bundleId: a.buildBundleId ?? '',
    build: { id: buildId, number: build?.attributes?.version ?? '', version: '' },
    screenshots,
    screenshotCount: screenshots.length,
    crashFrames: [],
  };
}

/** Crash and screenshot submissions since `cutoff`, newest first, with their builds' versions. */
export async function readFeedback(
  client: AscClient,
  app: ResolvedApp,
  cutoff: number,
): Promise<Feedback[]> {
  const [crashes, screenshots] = await Promise.all([
    listSince(client, app, 'crash', cutoff),
    listSince(client, app, 'screenshot', cutoff),
  ]);
  const feedback = [
    ...crashes.data.map((s) => toFeedback('crash', s, crashes.included)),
    ...screenshots.data.map((s) => toFeedback('screenshot', s, screenshots.included)),
  ].sort((a, b) => b.createdDate.localeCompare(a.createdDate) || a.id.localeCompare(b.id));
  await addMarketingVersions(client, feedback);
  return feedback;
}

/** The builds' marketing versions (not includable with the submissions): one read for all. */
async function addMarketingVersions(client: AscClient, feedback: Feedback[]): Promise<void> {
  const ids = [...new Set(feedback.map((f) => f.build.id).filter((id) => id !== ''))];
  const versions = new Map<string, { number: string; version: string }>();
  for (let start = 0; start < ids.length; start += 200) {
    const chunk = ids.slice(start, start + 200);
    const document = await client.get<ListDocument<Build>>(
      '/v1/builds' +
        toQueryString({
          filter: { id: chunk },
          include: ['preReleaseVersion'],
          fields: { builds: ['version', 'preReleaseVersion'], preReleaseVersions: ['version'] },
          limit: 200,
        }),
    );
    const included = new IncludedIndex(document.included ?? []);
    for (const build of document.data) {
      const preRelease = included.one<PrereleaseVersion>(build, 'preReleaseVersion');
      versions.set(build.id, {
        number: build.attributes?.version ?? '',
        version: preRelease?.attributes?.version ?? '',
      });
    }
  }
  for (const item of feedback) {
    const known = versions.get(item.build.id);
    if (known)
      item.build = {
        id: item.build.id,
        number: known.number || item.build.number,
        version: known.version,
      };
  }
}

/** A crash submission's crash log; undefined when Apple has none for it. */
export async function readCrashLog(client: AscClient, id: string): Promise<string | undefined> {
  const document = await client.get<SingleDocument<BetaCrashLog> | { data: null }>(
    `/v1/betaFeedbackCrashSubmissions/${encodeURIComponent(id)}/crashLog${toQueryString({
      fields: { betaCrashLogs: ['logText'] },
    })}`,
  );
  return document.data?.attributes?.logText ?? undefined;
}

/** The first `count` frames of the crashed thread of a crash report (`Thread N Crashed:`). */
export function crashedThreadFrames(log: string, count = 8): string[] {
  const lines = log.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => /^Thread \d+ Crashed/.test(line));
  if (start < 0) return [];
  const frames: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    if (/^\d+\s/.test(line.trim())) frames.push(line.trimEnd());
    if (frames.length >= count) break;
  }
  return frames;
}
