import type { AscClient } from '../../../asc/client.js';
import type {
  Build,
  BuildUpload,
  BuildUploadCreateRequest,
  BuildUploadFile,
  BuildUploadFileCreateRequest,
  BuildUploadFileUpdateRequest,
  BuildUploadFileUti,
  BuildUploadState,
} from '../../../asc/generated/app-store-connect.js';
import {
  IncludedIndex,
  relatedId,
  type ListDocument,
  type SingleDocument,
} from '../../../asc/json-api.js';
import { toQueryString } from '../../../asc/query.js';
import type { UploadPart } from '../../../asc/upload-parts.js';
import type { BundleIdentity } from './bundle-identity.js';

export interface StateDetail {
  code?: string;
  description?: string;
}

/** A build upload as this operation reads it. */
export interface UploadRecord {
  id: string;
  state: BuildUploadState;
  errors: StateDetail[];
  warnings: StateDetail[];
  infos: StateDetail[];
  buildId: string | undefined;
  assetFile: FileRecord | undefined;
}

export interface FileRecord {
  id: string;
  fileName: string;
  fileSize: number;
  /** The MD5 the file was committed with, when it was. */
  committedMd5: string | undefined;
  parts: UploadPart[];
  /** The earliest expiration of its upload URLs (ms), when Apple said. */
  expiresAt: number | undefined;
}

const fileFields = [
  'assetType',
  'fileName',
  'fileSize',
  'sourceFileChecksums',
  'uploadOperations',
  'assetDeliveryState',
];

const uploadQuery = {
  include: ['build', 'assetFile'],
  fields: {
    buildUploads: [
      'cfBundleShortVersionString',
      'cfBundleVersion',
      'platform',
      'state',
      'uploadedDate',
      'build',
      'assetFile',
    ],
    builds: ['version', 'processingState'],
    buildUploadFiles: fileFields,
  },
};

export function toFileRecord(file: BuildUploadFile): FileRecord {
  const a = file.attributes ?? {};
  const checksum = a.sourceFileChecksums?.file;
  const expirations = (a.uploadOperations ?? [])
    .map((operation) => Date.parse(operation.expiration ?? ''))
    .filter(Number.isFinite);
  return {
    id: file.id,
    fileName: a.fileName ?? '',
    fileSize: a.fileSize ?? 0,
    committedMd5: checksum?.algorithm === 'MD5' ? checksum.hash?.toLowerCase() : undefined,
    parts: (a.uploadOperations ?? []).map((operation) => ({
      method: operation.method ?? 'PUT',
      url: operation.url ?? '',
      offset: operation.offset ?? 0,
      length: operation.length ?? 0,
      headers: (operation.requestHeaders ?? []).map((header) => ({
        name: header.name ?? '',
        value: header.value ?? '',
      })),
    })),
    expiresAt: expirations.length > 0 ? Math.min(...expirations) : undefined,
  };
}

function toUploadRecord(upload: BuildUpload, included: IncludedIndex): UploadRecord {
  const state = upload.attributes?.state;
  const file = included.one<BuildUploadFile>(upload, 'assetFile');
  return {
    id: upload.id,
    state: state?.state ?? 'AWAITING_UPLOAD',
    errors: state?.errors ?? [],
    warnings: state?.warnings ?? [],
    infos: state?.infos ?? [],
    buildId: relatedId(upload, 'build'),
    assetFile: file ? toFileRecord(file) : undefined,
  };
}

/** The uploads of this app, platform, version and build number, newest first. */
export async function findUploads(
  client: AscClient,
  appId: string,
  identity: BundleIdentity,
): Promise<UploadRecord[]> {
  const document = await client.get<ListDocument<BuildUpload>>(
    `/v1/apps/${encodeURIComponent(appId)}/buildUploads` +
      toQueryString({
        ...uploadQuery,
        filter: {
          cfBundleShortVersionString: identity.version,
          cfBundleVersion: identity.buildNumber,
          platform: identity.platform,
        },
        sort: ['-uploadedDate'],
        limit: 50,
      }),
  );
  const included = new IncludedIndex(document.included ?? []);
  const records = document.data.map((upload) => toUploadRecord(upload, included));
  // An upload whose assetFile link came back empty is asked for its files directly, so that a
  // re-run still recognises the file it committed (by its checksum).
  await Promise.all(
    records
      .filter((record) => record.assetFile === undefined)
      .map(async (record) => {
        record.assetFile = await readAssetFile(client, record.id);
      }),
  );
  return records;
}

/** The build's file (asset type ASSET) among an upload's files, if it has one. */
async function readAssetFile(client: AscClient, uploadId: string): Promise<FileRecord | undefined> {
  const document = await client.get<ListDocument<BuildUploadFile>>(
    `/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles` +
      toQueryString({ fields: { buildUploadFiles: fileFields }, limit: 50 }),
  );
  const file = document.data.find((candidate) => candidate.attributes?.assetType === 'ASSET');
  return file ? toFileRecord(file) : undefined;
}

export async function readUpload(client: AscClient, id: string): Promise<UploadRecord> {
  const document = await client.get<SingleDocument<BuildUpload>>(
    `/v1/buildUploads/${encodeURIComponent(id)}${toQueryString(uploadQuery)}`,
  );
  return toUploadRecord(document.data, new IncludedIndex(document.included ?? []));
}

/** The build of that number and version, if one was uploaded (by any means). */
export async function findBuild(
  client: AscClient,
  appId: string,
  identity: BundleIdentity,
): Promise<Build | undefined> {
  const document = await client.get<ListDocument<Build>>(
    '/v1/builds' +
      toQueryString({
        filter: {
          app: appId,
          version: identity.buildNumber,
          'preReleaseVersion.version': identity.version,
          'preReleaseVersion.platform': identity.platform,
        },
        fields: { builds: ['version', 'processingState', 'uploadedDate', 'expired'] },
        limit: 10,
      }),
  );
  // Apple's filter[version] may match more loosely than the exact build number.
  return document.data.find((build) => build.attributes?.version === identity.buildNumber);
}

/**
 * Creates the build upload, or finds the one another run of the same build is making (a lost
 * answer, or a racing run that created it first: Apple answers 409): `existing` is then that
 * upload as found, to be resumed rather than started again.
 */
export async function createUpload(
  client: AscClient,
  appId: string,
  identity: BundleIdentity,
): Promise<{ id: string; existing?: UploadRecord }> {
  const body: BuildUploadCreateRequest = {
    data: {
      type: 'buildUploads',
      attributes: {
        cfBundleShortVersionString: identity.version,
        cfBundleVersion: identity.buildNumber,
        platform: identity.platform,
      },
      relationships: { app: { data: { type: 'apps', id: appId } } },
    },
  };
  let existing: UploadRecord | undefined;
  const recover = async (): Promise<SingleDocument<BuildUpload> | undefined> => {
    existing = (await findUploads(client, appId, identity)).find(
      (upload) => upload.state !== 'FAILED',
    );
    return existing ? { data: { type: 'buildUploads', id: existing.id } } : undefined;
  };
  const document = await client.post<SingleDocument<BuildUpload>>('/v1/buildUploads', body, {
    recover,
  });
  if (!document) throw new Error('POST /v1/buildUploads answered without a document');
  const found = existing?.id === document.data.id ? existing : undefined;
  return { id: document.data.id, ...(found ? { existing: found } : {}) };
}

export interface FileToReserve {
  fileName: string;
  fileSize: number;
  uti: BuildUploadFileUti;
}

export async function reserveFile(
  client: AscClient,
  uploadId: string,
  file: FileToReserve,
): Promise<FileRecord> {
  const body: BuildUploadFileCreateRequest = {
    data: {
      type: 'buildUploadFiles',
      attributes: { ...file, assetType: 'ASSET' },
      relationships: { buildUpload: { data: { type: 'buildUploads', id: uploadId } } },
    },
  };
  const recover = async (): Promise<SingleDocument<BuildUploadFile> | undefined> => {
    const document = await client.get<ListDocument<BuildUploadFile>>(
      `/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles` +
        toQueryString({ fields: { buildUploadFiles: fileFields }, limit: 50 }),
    );
    const found = document.data.find(
      (candidate) =>
        candidate.attributes?.assetType === 'ASSET' &&
        candidate.attributes.fileName === file.fileName &&
        candidate.attributes.fileSize === file.fileSize,
    );
    return found ? { data: found } : undefined;
  };
  const document = await client.post<SingleDocument<BuildUploadFile>>(
    '/v1/buildUploadFiles',
    body,
    { recover },
  );
  if (!document) throw new Error('POST /v1/buildUploadFiles answered without a document');
  return toFileRecord(document.data);
}

export async function commitFile(client: AscClient, fileId: string, md5: string): Promise<void> {
  const body: BuildUploadFileUpdateRequest = {
    data: {
      type: 'buildUploadFiles',
      id: fileId,
      attributes: {
        uploaded: true,
        sourceFileChecksums: { file: { algorithm: 'MD5', hash: md5 } },
      },
    },
  };
  await client.patch(`/v1/buildUploadFiles/${encodeURIComponent(fileId)}`, body);
}

export async function deleteUpload(client: AscClient, id: string): Promise<void> {
  await client.delete(`/v1/buildUploads/${encodeURIComponent(id)}`);
}

/** `CODE: description` lines of Apple's state details. */
export function describeDetails(details: StateDetail[]): string[] {
  return details.map((detail) =>
    [detail.code, detail.description]
      .filter((part) => part !== undefined && part !== '')
      .join(': '),
  );
}
