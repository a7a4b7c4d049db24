import { createHash, randomBytes, type Hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { appleErrors, errorAnswer, type ErrorAnswer } from '../apple-errors.js';
import { isoDate } from '../dates.js';
import { attributeConflict, relationshipConflict, relationshipRequired } from '../entity-errors.js';
import type { Answer, HookContext, OperationRequest, ResourceHooks } from '../hooks.js';
import { documentShape, Serializer } from '../jsonapi/serializer.js';
import type { EmulatorStore, StoredResource } from '../store.js';
import { createBuild } from './testflight.js';

/** Where the emulator's "storage host" takes parts: outside `/v1`, no token, pre-signed. */
export const UPLOAD_PARTS_PREFIX = '/emulator/uploads/';
/** The size of every part but the last. */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;
/** How long a PROCESSING uploaded build takes unless the emulator's processingDurationMs overrides it. */
export const UPLOADED_BUILD_PROCESSING_MS = 60_000;
const UPLOAD_URL_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface ExpectedPart {
  offset: number;
  length: number;
  /** Hex MD5 of the bytes received, once received. */
  md5?: string;
}

/**
 * The emulator's view of one file being uploaded. Parts may arrive in any order; the whole file's
 * hashes are computed in order, holding only parts that arrived ahead of a missing one.
 */
interface UploadFileState {
  signature: string;
  parts: ExpectedPart[];
  nextToHash: number;
  md5: Hash;
  sha256: Hash;
  waiting: Map<number, Buffer>;
  /** Set when a part was sent again with different bytes: the file can no longer be verified. */
  inconsistent?: string;
  digests?: { MD5: string; SHA_256: string };
  committed?: { algorithm: string; hash: string };
}

type BuildUploadState = 'AWAITING_UPLOAD' | 'PROCESSING' | 'FAILED' | 'COMPLETE';

interface StateDetail {
  code: string;
  description: string;
}

function uploadState(upload: StoredResource): BuildUploadState {
  return ((upload.attributes.state as { state?: BuildUploadState } | undefined)?.state ??
    'AWAITING_UPLOAD') as BuildUploadState;
}

function setUploadState(
  upload: StoredResource,
  state: BuildUploadState,
  details: { errors?: StateDetail[]; warnings?: StateDetail[]; infos?: StateDetail[] } = {},
): void {
  upload.attributes.state = {
    state,
    errors: details.errors ?? [],
    warnings: details.warnings ?? [],
    infos: details.infos ?? [],
  };
}

function fileState(file: StoredResource): UploadFileState {
  return file.internal.upload as UploadFileState;
}

function uploadOf(store: EmulatorStore, fileId: string): StoredResource | undefined {
  return store
    .list('buildUploads')
    .find((upload) => (upload.relationships.buildUploadFiles ?? []).includes(fileId));
}

function preReleaseVersionOf(build: StoredResource, store: EmulatorStore) {
  const id = build.relationships.preReleaseVersion?.[0];
  return id ? store.get('preReleaseVersions', id) : undefined;
}

/** The build of that app, platform, marketing version and build number, when one was uploaded. */
export function findUploadedBuild(
  store: EmulatorStore,
  appId: string,
  platform: unknown,
  version: unknown,
  buildNumber: unknown,
): StoredResource | undefined {
  return store
    .list('builds')
    .filter((build) => build.relationships.app?.[0] === appId)
    .find((build) => {
      const preRelease = preReleaseVersionOf(build, store);
      return (
        build.attributes.version === buildNumber &&
        preRelease?.attributes.version === version &&
        preRelease?.attributes.platform === platform
      );
    });
}

function findOrCreatePreReleaseVersion(
  store: EmulatorStore,
  appId: string,
  version: string,
  platform: string,
): StoredResource {
  const existing = store
    .list('preReleaseVersions')
    .find(
      (candidate) =>
        candidate.relationships.app?.[0] === appId &&
        candidate.attributes.version === version &&
        candidate.attributes.platform === platform,
    );
  return existing ?? store.create('preReleaseVersions', { version, platform }, { app: appId });
}

const buildUploads: ResourceHooks = {
  type: 'buildUploads',
  beforeCreate(draft, ctx) {
    const appId = draft.relationships.app?.[0];
    if (!appId) return relationshipRequired('app', 'A build upload must name its app.');
    const a = draft.attributes;
    if (
      findUploadedBuild(
        ctx.store,
        appId,
        a.platform,
        a.cfBundleShortVersionString,
        a.cfBundleVersion,
      )
    ) {
      return attributeConflict(
        'cfBundleVersion',
        `The bundle version ${String(a.cfBundleVersion)} has already been used for version ${String(a.cfBundleShortVersionString)}. Upload a build with a higher CFBundleVersion.`,
      );
    }
    const pending = ctx.store
      .list('buildUploads')
      .find(
        (upload) =>
          upload.relationships.app?.[0] === appId &&
          upload.attributes.platform === a.platform &&
          upload.attributes.cfBundleShortVersionString === a.cfBundleShortVersionString &&
          upload.attributes.cfBundleVersion === a.cfBundleVersion &&
          uploadState(upload) !== 'FAILED',
      );
    if (pending) {
      return attributeConflict(
        'cfBundleVersion',
        `A build upload for version ${String(a.cfBundleShortVersionString)} (${String(a.cfBundleVersion)}) already exists (${pending.id}).`,
      );
    }
    a.createdDate = isoDate(ctx.now());
    a.state = { state: 'AWAITING_UPLOAD', errors: [], warnings: [], infos: [] };
  },
  onRead(upload, ctx) {
    const completeAt = upload.internal.completeAt as number | undefined;
    if (
      uploadState(upload) === 'PROCESSING' &&
      completeAt !== undefined &&
      ctx.now() >= completeAt
    ) {
      setUploadState(upload, 'COMPLETE');
    }
  },
};

/** Apple's storage hands out parts of a fixed size; the last one takes the rest. */
function expectedParts(fileSize: number): ExpectedPart[] {
  const parts: ExpectedPart[] = [];
  for (let offset = 0; offset < fileSize; offset += UPLOAD_PART_BYTES) {
    parts.push({ offset, length: Math.min(UPLOAD_PART_BYTES, fileSize - offset) });
  }
  return parts;
}

/** POST /v1/buildUploadFiles: reserves the file and answers with its upload operations. */
function createUploadFile(request: OperationRequest, ctx: HookContext): Answer | ErrorAnswer {
  const { store } = ctx;
  const data = (
    request.body as {
      data: {
        attributes: Record<string, unknown>;
        relationships: { buildUpload: { data: { id: string } } };
      };
    }
  ).data;
  const uploadId = data.relationships.buildUpload.data.id;
  const upload = store.get('buildUploads', uploadId);
  if (!upload) {
    return relationshipConflict(
      'buildUpload',
      `'${uploadId}' is not a valid id for the relationship 'buildUpload'.`,
    );
  }
  if (uploadState(upload) !== 'AWAITING_UPLOAD') {
    return relationshipConflict(
      'buildUpload',
      `Build upload '${uploadId}' is ${uploadState(upload)} and takes no more files.`,
    );
  }
  const assetType = data.attributes.assetType;
  const taken = (upload.relationships.buildUploadFiles ?? []).some(
    (id) => store.get('buildUploadFiles', id)?.attributes.assetType === assetType,
  );
  if (taken) {
    return attributeConflict(
      'assetType',
      `Build upload '${uploadId}' already has a file of type ${String(assetType)}.`,
    );
  }
  const fileSize = Number(data.attributes.fileSize);
  const parts = expectedParts(fileSize);
  const file = store.create('buildUploadFiles', {
    ...data.attributes,
    assetDeliveryState: { state: 'AWAITING_UPLOAD', errors: [], warnings: [] },
  });
  const state: UploadFileState = {
    signature: randomBytes(16).toString('hex'),
    parts,
    nextToHash: 0,
    md5: createHash('md5'),
    sha256: createHash('sha256'),
    waiting: new Map(),
  };
  file.internal.upload = state;
  const expiration = isoDate(ctx.now() + UPLOAD_URL_LIFETIME_MS);
  file.attributes.uploadOperations = parts.map((part, index) => ({
    method: 'PUT',
    url: `${request.baseUrl}${UPLOAD_PARTS_PREFIX}${file.id}/${index + 1}?signature=${state.signature}`,
    offset: part.offset,
    length: part.length,
    partNumber: index + 1,
    expiration,
    requestHeaders: [{ name: 'Content-Type', value: 'application/octet-stream' }],
  }));
  store.link('buildUploads', upload.id, 'buildUploadFiles', [file.id]);
  if (assetType === 'ASSET') store.link('buildUploads', upload.id, 'assetFile', [file.id]);
  const serializer = new Serializer(store, request.baseUrl, () => false);
  const document = serializer.primary([file], documentShape(request.query));
  return {
    status: 201,
    body: { data: document.data[0], links: { self: serializer.resourceUrl(file.type, file.id) } },
  };
}

const buildUploadFiles: ResourceHooks = {
  type: 'buildUploadFiles',
  operations: { buildUploadFiles_createInstance: createUploadFile },
  beforeUpdate(file, draft) {
    const uploaded = draft.attributes.uploaded;
    delete draft.attributes.uploaded; // a command, not an attribute of the file
    if (uploaded !== true) return;
    const state = fileState(file);
    const missing = state.parts.findIndex((part) => part.md5 === undefined);
    if (missing >= 0) {
      return appleErrors.entityError(
        `Part ${missing + 1} of ${state.parts.length} (offset ${state.parts[missing]?.offset}) has not been uploaded.`,
        '/data/attributes/uploaded',
      );
    }
    const checksum = (
      draft.attributes.sourceFileChecksums as
        { file?: { algorithm?: string; hash?: string } } | undefined
    )?.file;
    if (!checksum?.hash || !checksum.algorithm) {
      return attributeConflict(
        'sourceFileChecksums',
        'A committed file needs its file checksum (algorithm and hash).',
      );
    }
    if (state.committed) {
      if (
        state.committed.algorithm === checksum.algorithm &&
        state.committed.hash === checksum.hash
      )
        return;
      return attributeConflict(
        'sourceFileChecksums',
        'The file was already committed with another checksum.',
      );
    }
    state.committed = { algorithm: checksum.algorithm, hash: checksum.hash.toLowerCase() };
    file.internal.justCommitted = true;
  },
  afterUpdate(file, _draft, ctx) {
    if (!file.internal.justCommitted) return;
    delete file.internal.justCommitted;
    const upload = uploadOf(ctx.store, file.id);
    if (upload) finishUpload(ctx, upload, file);
  },
};

function checksumProblem(state: UploadFileState): string | undefined {
  if (state.inconsistent) return state.inconsistent;
  const committed = state.committed;
  const digests = state.digests;
  if (!committed || !digests) return 'The file was not received completely.';
  const actual = digests[committed.algorithm as keyof typeof digests];
  if (actual === undefined) return `Checksum algorithm ${committed.algorithm} is not supported.`;
  if (actual !== committed.hash) {
    return `The ${committed.algorithm} checksum ${committed.hash} does not match the file received (${actual}).`;
  }
  return undefined;
}

/** A committed file: either a PROCESSING build appears, or the upload fails with Apple's error. */
function finishUpload(ctx: HookContext, upload: StoredResource, file: StoredResource): void {
  const { store } = ctx;
  const problem = checksumProblem(fileState(file));
  if (problem) {
    const error = { code: 'CHECKSUM_MISMATCH', description: problem };
    file.attributes.assetDeliveryState = { state: 'FAILED', errors: [error], warnings: [] };
    setUploadState(upload, 'FAILED', { errors: [error] });
    return;
  }
  file.attributes.assetDeliveryState = { state: 'COMPLETE', errors: [], warnings: [] };
  const a = upload.attributes;
  const appId = upload.relationships.app?.[0] ?? '';
  const platform = String(a.platform);
  const preRelease = findOrCreatePreReleaseVersion(
    store,
    appId,
    String(a.cfBundleShortVersionString),
    platform,
  );
  const build = createBuild(store, {
    appId,
    preReleaseVersionId: preRelease.id,
    version: String(a.cfBundleVersion),
    processingState: 'PROCESSING',
    processingDurationMs: UPLOADED_BUILD_PROCESSING_MS,
    usesNonExemptEncryption: null,
  });
  store.link('buildUploads', upload.id, 'build', [build.id]);
  a.uploadedDate = isoDate(ctx.now());
  upload.internal.completeAt = ctx.now() + ctx.settings.processingDurationMs;
  setUploadState(upload, 'PROCESSING');
}

function hashInOrder(state: UploadFileState): void {
  for (
    let bytes = state.waiting.get(state.nextToHash);
    bytes;
    bytes = state.waiting.get(state.nextToHash)
  ) {
    state.md5.update(bytes);
    state.sha256.update(bytes);
    state.waiting.delete(state.nextToHash);
    state.nextToHash++;
  }
  if (state.nextToHash === state.parts.length && !state.digests) {
    state.digests = { MD5: state.md5.digest('hex'), SHA_256: state.sha256.digest('hex') };
  }
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Answers as a storage host would, in Apple's error shape so that the client reports it alike. */
function storageError(status: number, code: string, detail: string): ErrorAnswer {
  return errorAnswer(status, code, code, detail);
}

/**
 * A part PUT to the storage URL of an upload operation: checks the signature, that no token came
 * with it, the part's length; keeps the bytes' hash (and the bytes only while an earlier part is
 * still missing, to hash the whole file in order).
 */
export async function receiveUploadPart(
  ctx: HookContext,
  method: string,
  url: URL,
  req: IncomingMessage,
): Promise<Answer | ErrorAnswer> {
  const [fileId = '', partText = ''] = url.pathname.slice(UPLOAD_PARTS_PREFIX.length).split('/');
  const file = ctx.store.get('buildUploadFiles', fileId);
  const state = file ? fileState(file) : undefined;
  const index = Number(partText) - 1;
  const part = state?.parts[index];
  if (!state || !part) {
    req.resume();
    return storageError(404, 'NoSuchUpload', `No upload part ${url.pathname}.`);
  }
  if (req.headers.authorization !== undefined) {
    req.resume();
    return storageError(
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed: the URL is pre-signed; send no Authorization header.',
    );
  }
  if (url.searchParams.get('signature') !== state.signature) {
    req.resume();
    return storageError(403, 'SignatureDoesNotMatch', 'The request signature does not match.');
  }
  if (method !== 'PUT') {
    req.resume();
    return storageError(405, 'MethodNotAllowed', `Parts are sent with PUT, not ${method}.`);
  }
  if (Number(req.headers['content-length']) !== part.length) {
    req.resume();
    return storageError(
      400,
      'IncompleteBody',
      `Part ${index + 1} is ${part.length} bytes; Content-Length says ${String(req.headers['content-length'])}.`,
    );
  }
  const bytes = await readAll(req);
  if (bytes.length !== part.length) {
    return storageError(
      400,
      'IncompleteBody',
      `Part ${index + 1}: ${bytes.length} of ${part.length} bytes arrived.`,
    );
  }
  const md5 = createHash('md5').update(bytes).digest('hex');
  if (part.md5 !== undefined) {
    if (part.md5 !== md5)
      state.inconsistent = `Part ${index + 1} was sent twice with different bytes.`;
  } else if (!state.committed) {
    part.md5 = md5;
    state.waiting.set(index, bytes);
    hashInOrder(state);
  }
  return { status: 200, headers: { ETag: `"${md5}"` } };
}

export const buildUploadHooks: ResourceHooks[] = [buildUploads, buildUploadFiles];
