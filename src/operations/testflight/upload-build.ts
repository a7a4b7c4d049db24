import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { uploadParts, type UploadPartsReport } from '../../asc/upload-parts.js';
import type { Build, BuildUploadFileUti } from '../../asc/generated/app-store-connect.js';
import {
  archiveKindOf,
  readBundleInfo,
  type ArchiveKind,
} from '../../build-archive/archive-info.js';
import type { BundleInfo } from '../../build-archive/bundle-info.js';
import { computeFileChecksums, type FileChecksums } from '../../build-archive/file-checksums.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import { readableState, type SummarySection } from '../../report/step-summary.js';
import { defineOperation, type OperationContext, type OperationOutcome } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { parseAppInput, resolveApp, type ResolvedApp } from '../shared/resolve-app.js';
import { buildPlatforms } from '../shared/resolve-build.js';
import { BuildInReviewError, findBuildsInReview } from '../shared/build-in-review.js';
import { distribute } from './distribute.js';
import {
  commitFile,
  createUpload,
  deleteUpload,
  findBuild,
  findUploads,
  reserveFile,
  type FileRecord,
  type UploadRecord,
} from './upload-build/build-upload-api.js';
import {
  resolveIdentity,
  type BundleIdentity,
  type IdentityInputs,
} from './upload-build/bundle-identity.js';
import {
  formatMegabytes,
  megabytesPerSecond,
  progressLogger,
} from './upload-build/upload-progress.js';
import { waitForUpload } from './upload-build/wait-for-upload.js';

type DistributeInputs = ReturnType<typeof distribute.parse>;

export interface UploadBuildInputs {
  app: string;
  buildPath: string;
  kind: ArchiveKind;
  identity: IdentityInputs;
  skipExisting: boolean;
  uploadTimeoutMinutes: number;
  /** The inputs of the `distribute` that follows, when `group` is given. */
  distribute: DistributeInputs | undefined;
}

const versionPattern = /^\d+(\.\d+){0,2}$/;
/** An upload URL that expires within this margin is not reused. */
const urlReuseMarginMs = 60 * 60 * 1000;

const utiOf: Record<ArchiveKind, BuildUploadFileUti> = {
  ipa: 'com.apple.ipa',
  pkg: 'com.apple.pkg',
};

function parseBuildPath(inputs: InputReader): { buildPath: string; kind: ArchiveKind } {
  const given = inputs.required('build-path', 'it names the .ipa or .pkg to upload');
  const kind = archiveKindOf(given);
  if (!kind) throw new InputError('build-path', `'${given}' is neither an .ipa nor a .pkg`);
  const buildPath = inputs.path('build-path') as string;
  let size: number;
  try {
    const stat = statSync(buildPath);
    if (!stat.isFile()) throw new InputError('build-path', `'${given}' is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('build-path', `there is no file at '${given}' (${buildPath})`);
  }
  if (size === 0) throw new InputError('build-path', `'${given}' is empty`);
  return { buildPath, kind };
}

function optionalVersion(inputs: InputReader, name: string): string | undefined {
  const value = inputs.optional(name);
  if (value !== undefined && !versionPattern.test(value)) {
    throw new InputError(name, `'${value}' is not a version number (like 45, 1.2 or 1.2.3)`);
  }
  return value;
}

/** distribute's own inputs, read now (bad ones fail before the upload); its build comes later. */
function parseDistributeInputs(inputs: InputReader): DistributeInputs | undefined {
  if (inputs.list('group').length === 0) return undefined;
  return distribute.parse(inputs.with({ build: 'latest' }));
}

type Situation =
  | { kind: 'exists'; build: Build; sameFile: boolean }
  | { kind: 'in-flight'; upload: UploadRecord }
  | { kind: 'upload'; reuse: UploadRecord | undefined; stale: UploadRecord[] };

/** Decides, from what App Store Connect already has, what is left to do. */
function assess(
  build: Build | undefined,
  uploads: UploadRecord[],
  file: { name: string; checksums: FileChecksums },
  now: number,
): Situation {
  const ours = (upload: UploadRecord): boolean =>
    upload.assetFile?.committedMd5 === file.checksums.md5;
  if (build) {
    const sameFile = uploads.some((upload) => upload.buildId === build.id && ours(upload));
    return { kind: 'exists', build, sameFile };
  }
  const inFlight = uploads.find(
    (upload) => (upload.state === 'PROCESSING' || upload.state === 'COMPLETE') && ours(upload),
  );
  if (inFlight) return { kind: 'in-flight', upload: inFlight };
  const pending = uploads.filter((upload) => upload.state === 'AWAITING_UPLOAD');
  const reusableFile = (record: FileRecord | undefined): boolean =>
    record === undefined ||
    (record.fileName === file.name &&
      record.fileSize === file.checksums.size &&
      record.committedMd5 === undefined &&
      record.parts.length > 0 &&
      (record.expiresAt === undefined || record.expiresAt > now + urlReuseMarginMs));
  const reuse = pending.find((upload) => reusableFile(upload.assetFile));
  return { kind: 'upload', reuse, stale: pending.filter((upload) => upload !== reuse) };
}

function describeIdentity(identity: BundleIdentity): string {
  return `${identity.version} (${identity.buildNumber})`;
}

interface UploadSession {
  uploadId: string | undefined;
  file: FileRecord | undefined;
  report: UploadPartsReport | undefined;
  /** The file was sent and committed by another run: only its processing is waited for. */
  sentElsewhere?: boolean;
}

function planUpload(
  context: OperationContext,
  inputs: UploadBuildInputs,
  app: ResolvedApp,
  identity: BundleIdentity,
  checksums: FileChecksums,
  situation: Extract<Situation, { kind: 'upload' }>,
): { plan: Plan; session: UploadSession } {
  const { client, log } = context;
  const fileName = basename(inputs.buildPath);
  const session: UploadSession = {
    uploadId: situation.reuse?.id,
    file: situation.reuse?.assetFile,
    report: undefined,
  };
  const build = `build upload ${describeIdentity(identity)}`;
  const deletions: PlannedChange[] = situation.stale.map((upload) => ({
    kind: 'delete',
    target: `build upload ${upload.id}`,
    detail: 'left unfinished by an earlier run with another file',
    apply: () => deleteUpload(client, upload.id),
  }));
  const create: PlannedChange | undefined = session.uploadId
    ? undefined
    : {
        kind: 'create',
        target: build,
        detail: `${identity.platform} for ${app.bundleId}`,
        apply: async () => {
          const { id, existing } = await createUpload(client, app.id, identity);
          session.uploadId = id;
          if (existing) {
            // Another run of this build (racing this one) made the upload first: resume it.
            session.file = existing.assetFile;
            session.sentElsewhere =
              existing.state !== 'AWAITING_UPLOAD' ||
              existing.assetFile?.committedMd5 !== undefined;
            log.info(
              `Build upload ${id} for ${describeIdentity(identity)} was already made by another run (${existing.state}); resuming it.`,
            );
          }
        },
      };
  const reserve: PlannedChange | undefined = session.file
    ? undefined
    : {
        kind: 'create',
        target: `file ${fileName}`,
        detail: `${formatMegabytes(checksums.size)}, ${utiOf[inputs.kind]}`,
        apply: async () => {
          if (session.file) return; // reserved by the run that made the upload
          session.file = await reserveFile(client, requireId(session.uploadId), {
            fileName,
            fileSize: checksums.size,
            uti: utiOf[inputs.kind],
          });
        },
      };
  const send: PlannedChange = {
    kind: 'update',
    target: `file ${fileName}`,
    detail: `send ${formatMegabytes(checksums.size)} in the parts App Store Connect hands out`,
    apply: async () => {
      if (session.sentElsewhere) return;
      const file = requireFile(session.file);
      log.info(
        `Sending ${formatMegabytes(file.fileSize)} in ${file.parts.length} part(s), up to ${client.maxConcurrency} at once.`,
      );
      session.report = await uploadParts({
        filePath: inputs.buildPath,
        parts: file.parts,
        concurrency: client.maxConcurrency,
        retry: { maxAttempts: context.api.maxAttempts },
        // A part is up to 64 MiB: it gets at least five minutes, whatever the API's timeout.
        timeoutMs: Math.max(300_000, context.api.requestTimeoutMs),
        sleep: (ms) => context.sleep(ms),
        onProgress: progressLogger((message) => log.info(message)),
        onRetry: (message) => log.debug(message),
        ...(client.baseUrl.protocol === 'http:' ? { plainHttpHost: client.baseUrl.hostname } : {}),
      });
    },
  };
  const commit: PlannedChange = {
    kind: 'submit',
    target: `file ${fileName}`,
    detail: `as uploaded, MD5 ${checksums.md5}`,
    apply: async () => {
      if (session.sentElsewhere) return;
      await commitFile(client, requireFile(session.file).id, checksums.md5);
    },
  };
  const plan = new Plan().stage(deletions).step(create).step(reserve).step(send).step(commit);
  return { plan, session };
}

function requireId(id: string | undefined): string {
  if (!id) throw new Error('the build upload was not created');
  return id;
}

function requireFile(file: FileRecord | undefined): FileRecord {
  if (!file) throw new Error('the build upload file was not reserved');
  return file;
}

async function readArchive(inputs: UploadBuildInputs, log: OperationContext['log']) {
  let info: BundleInfo | undefined;
  try {
    info = await readBundleInfo(inputs.buildPath, inputs.kind);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    const complete =
      inputs.identity.bundleId && inputs.identity.version && inputs.identity.buildNumber;
    if (!complete) {
      throw new InputError(
        'build-path',
        `cannot read the app's identity from it: ${problem}${inputs.kind === 'pkg' ? '; set bundle-id, app-version and build-number' : ''}`,
      );
    }
    log.warning(`Could not read ${inputs.buildPath}: ${problem}; using the inputs instead.`);
  }
  if (info) {
    const found = [info.bundleId, info.version, info.buildNumber, info.platform];
    log.info(`${info.source}: ${found.map((value) => value ?? '(not set)').join(', ')}`);
  }
  const identity = resolveIdentity(info, inputs.identity, inputs.kind);
  const checksums = await computeFileChecksums(inputs.buildPath);
  log.info(`MD5 ${checksums.md5}, SHA-256 ${checksums.sha256}`);
  return { info, identity, checksums };
}

export const uploadBuild = defineOperation({
  name: 'upload-build',
  parse(inputs): UploadBuildInputs {
    return {
      app: parseAppInput(inputs),
      ...parseBuildPath(inputs),
      identity: {
        ...optionalField('bundleId', inputs.optional('bundle-id')),
        ...optionalField('version', optionalVersion(inputs, 'app-version')),
        ...optionalField('buildNumber', optionalVersion(inputs, 'build-number')),
        ...optionalField('platform', inputs.choice('platform', buildPlatforms)),
      },
      skipExisting: inputs.boolean('skip-existing', false),
      uploadTimeoutMinutes: inputs.integer('upload-timeout-minutes', 30, { min: 1, max: 360 }),
      distribute: parseDistributeInputs(inputs),
    };
  },
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const { info, identity, checksums } = await log.group('Reading the archive', () =>
      readArchive(inputs, log),
    );
    log.info(
      `${basename(inputs.buildPath)}: ${identity.bundleId} ${describeIdentity(identity)} for ${identity.platform}, ${formatMegabytes(checksums.size)}`,
    );
    const app = await resolveApp(client, inputs.app);
    if (app.bundleId !== identity.bundleId) {
      throw new InputError(
        'app',
        `'${inputs.app}' is ${app.bundleId}, but the archive is ${identity.bundleId}`,
      );
    }
    const toSubmit = {
      number: identity.buildNumber,
      version: identity.version,
      platform: identity.platform,
    };
    // A build of this version in beta review would refuse the submission after the upload: stop now.
    const checkReview =
      inputs.distribute?.submitBetaReview && !inputs.distribute.replaceBuildInReview;
    const [existingBuild, uploads, inReview] = await Promise.all([
      findBuild(client, app.id, identity),
      findUploads(client, app.id, identity),
      checkReview ? findBuildsInReview(client, app, toSubmit) : [],
    ]);
    if (inReview.length > 0) throw new BuildInReviewError(toSubmit, inReview);
    const fileName = basename(inputs.buildPath);
    const situation = assess(existingBuild, uploads, { name: fileName, checksums }, Date.now());

    let plan = new Plan();
    let session: UploadSession = { uploadId: undefined, file: undefined, report: undefined };
    let status: 'uploaded' | 'already-uploaded' | 'skipped' | 'resumed' | 'planned';
    if (situation.kind === 'exists') {
      const found = `build ${describeIdentity(identity)} of ${app.bundleId} was already uploaded (build ${situation.build.id}, ${situation.build.attributes?.processingState ?? 'state unknown'})`;
      if (situation.sameFile) {
        status = 'already-uploaded';
        log.info(`This file is already uploaded: ${found}.`);
      } else if (inputs.skipExisting) {
        status = 'skipped';
        log.warning(`${found}; nothing is uploaded, as skip-existing: true asks.`);
      } else {
        throw new InputError(
          'build-path',
          `${found}; raise CFBundleVersion, or set skip-existing: true to succeed without uploading`,
        );
      }
    } else if (situation.kind === 'in-flight') {
      status = 'resumed';
      session.uploadId = situation.upload.id;
      log.info(
        `This file was already sent (build upload ${situation.upload.id}, ${situation.upload.state}).`,
      );
    } else {
      ({ plan, session } = planUpload(context, inputs, app, identity, checksums, situation));
      status = dryRun ? 'planned' : 'uploaded';
      if (situation.reuse) {
        log.info(`Resuming build upload ${situation.reuse.id}, left unfinished by an earlier run.`);
      }
    }

    const applied = await applyPlan(context, plan);
    let upload: UploadRecord | undefined;
    let polls = 0;
    if (session.uploadId && !(dryRun && status === 'planned')) {
      const waited = await log.group('Waiting for App Store Connect to take the build in', () =>
        waitForUpload(context, requireId(session.uploadId), inputs.uploadTimeoutMinutes),
      );
      upload = waited.upload;
      polls = waited.polls;
    }
    const buildId =
      situation.kind === 'exists'
        ? situation.build.id
        : (upload?.buildId ??
          (upload ? (await findBuild(client, app.id, identity))?.id : undefined));
    if (buildId) log.info(`Build ${describeIdentity(identity)}: ${buildId}.`);

    const distribution = await distributeAfterUpload(context, inputs, identity, buildId);
    const report = session.report;
    const result = {
      app,
      archive: {
        path: inputs.buildPath,
        kind: inputs.kind,
        size: checksums.size,
        md5: checksums.md5,
        sha256: checksums.sha256,
        ...identity,
        readFrom: info?.source ?? null,
      },
      status,
      existingBuildId: situation.kind === 'exists' ? situation.build.id : null,
      buildUpload: upload
        ? {
            id: upload.id,
            state: upload.state,
            errors: upload.errors,
            warnings: upload.warnings,
            polls,
          }
        : null,
      buildId: buildId ?? null,
      transfer: report
        ? {
            parts: report.parts,
            bytes: report.bytes,
            retries: report.retries,
            seconds: Math.round(report.durationMs) / 1000,
            megabytesPerSecond: Number(
              megabytesPerSecond(report.bytes, report.durationMs).toFixed(1),
            ),
          }
        : null,
      plan: plan.records(),
      applied,
      distribute: distribution?.result ?? null,
    };
    const outcome: OperationOutcome = {
      result,
      outputs: {
        'app-id': app.id,
        ...distribution?.outputs,
        'build-upload-id': upload?.id,
        'build-id': buildId,
        'build-number': identity.buildNumber,
        version: identity.version,
      },
      summary: {
        title: `${dryRun ? 'Dry run: upload' : 'Upload'} of ${app.name} ${describeIdentity(identity)}`,
        sections: [
          uploadSection(inputs, identity, checksums, status, upload, buildId, report),
          planSection(plan, applied, dryRun),
          ...(distribution
            ? [{ heading: distribution.summary.title }, ...distribution.summary.sections]
            : []),
        ],
      },
    };
    return outcome;
  },
});

async function distributeAfterUpload(
  context: OperationContext,
  inputs: UploadBuildInputs,
  identity: BundleIdentity,
  buildId: string | undefined,
): Promise<OperationOutcome | undefined> {
  if (!inputs.distribute) return undefined;
  if (!buildId) {
    if (!context.dryRun) {
      throw new Error(
        'App Store Connect took the upload in but shows no build for it to distribute',
      );
    }
    context.log.info(
      `dry-run: once uploaded, the build would be distributed to ${inputs.distribute.groups.join(', ')}.`,
    );
    return undefined;
  }
  return context.log.group(`Distributing to ${inputs.distribute.groups.join(', ')}`, () =>
    distribute.run(context, {
      ...(inputs.distribute as DistributeInputs),
      build: {
        build: identity.buildNumber,
        version: identity.version,
        platform: identity.platform,
        id: buildId,
      },
    }),
  );
}

const statusText = {
  uploaded: 'uploaded',
  'already-uploaded': 'already uploaded (this same file): nothing sent',
  skipped: 'a build with this number exists: skipped (skip-existing)',
  resumed: 'already sent by an earlier run: waited for it',
  planned: 'to be uploaded (dry run)',
} as const;

function uploadSection(
  inputs: UploadBuildInputs,
  identity: BundleIdentity,
  checksums: FileChecksums,
  status: keyof typeof statusText,
  upload: UploadRecord | undefined,
  buildId: string | undefined,
  report: UploadPartsReport | undefined,
): SummarySection {
  const rows: string[][] = [
    ['File', basename(inputs.buildPath)],
    ['Bundle ID', identity.bundleId],
    ['Version', identity.version],
    ['Build number', identity.buildNumber],
    ['Platform', identity.platform],
    ['Size', formatMegabytes(checksums.size)],
    ['MD5', checksums.md5],
    ['Status', statusText[status]],
  ];
  if (upload) {
    rows.push(['Build upload', `${upload.id} (${readableState(upload.state)}, ${upload.state})`]);
  }
  if (buildId) rows.push(['Build', buildId]);
  if (report) {
    rows.push([
      'Transfer',
      `${report.parts} part(s) in ${(report.durationMs / 1000).toFixed(1)} s, ${megabytesPerSecond(report.bytes, report.durationMs).toFixed(1)} MB/s, ${report.retries} retried`,
    ]);
  }
  return { heading: 'Build', table: { header: ['Item', 'Value'], rows } };
}

function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
