import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_PART_BYTES } from '../../src/emulator/resources/build-uploads.js';
import { startHarness, type Harness, type Json } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

async function createUpload(version: string, buildNumber: string) {
  return h.json('/v1/buildUploads', {
    method: 'POST',
    body: {
      data: {
        type: 'buildUploads',
        attributes: {
          cfBundleShortVersionString: version,
          cfBundleVersion: buildNumber,
          platform: 'IOS',
        },
        relationships: { app: { data: { type: 'apps', id: h.demo.app.id } } },
      },
    },
  });
}

async function reserve(uploadId: string, size: number) {
  return h.json('/v1/buildUploadFiles', {
    method: 'POST',
    body: {
      data: {
        type: 'buildUploadFiles',
        attributes: {
          fileName: 'Demo.ipa',
          fileSize: size,
          uti: 'com.apple.ipa',
          assetType: 'ASSET',
        },
        relationships: { buildUpload: { data: { type: 'buildUploads', id: uploadId } } },
      },
    },
  });
}

function putPart(operation: Json, bytes: Buffer, headers: Record<string, string> = {}) {
  return fetch(operation.url, {
    method: operation.method,
    headers: { 'Content-Type': 'application/octet-stream', ...headers },
    body: bytes.subarray(operation.offset, operation.offset + operation.length),
  });
}

function commit(fileId: string, hash: string) {
  return h.json(`/v1/buildUploadFiles/${fileId}`, {
    method: 'PATCH',
    body: {
      data: {
        type: 'buildUploadFiles',
        id: fileId,
        attributes: { uploaded: true, sourceFileChecksums: { file: { algorithm: 'MD5', hash } } },
      },
    },
  });
}

describe('build uploads in the emulator', () => {
  it('hands out upload operations, takes parts in any order, and creates a PROCESSING build', async () => {
    const bytes = randomBytes(UPLOAD_PART_BYTES * 2 + 1000);
    const upload = await createUpload('2.0', '100');
    expect(upload.status).toBe(201);
    expect(upload.body.data.attributes.state.state).toBe('AWAITING_UPLOAD');
    const file = await reserve(upload.body.data.id, bytes.length);
    expect(file.status).toBe(201);
    const operations = file.body.data.attributes.uploadOperations as Json[];
    expect(operations.map((o) => [o.offset, o.length])).toEqual([
      [0, UPLOAD_PART_BYTES],
      [UPLOAD_PART_BYTES, UPLOAD_PART_BYTES],
      [UPLOAD_PART_BYTES * 2, 1000],
    ]);
    expect(operations[0].url).toContain('/emulator/uploads/');

    const early = await commit(file.body.data.id, md5(bytes));
    expect(early.status).toBe(409);
    expect(early.body.errors[0].detail).toMatch(/Part 1 of 3/);

    for (const operation of [operations[2], operations[0], operations[1]]) {
      expect((await putPart(operation, bytes)).status).toBe(200);
    }
    expect((await putPart(operations[0], bytes)).status).toBe(200); // a repeated part is fine

    const committed = await commit(file.body.data.id, md5(bytes));
    expect(committed.status).toBe(200);
    const read = await h.json(`/v1/buildUploads/${upload.body.data.id}?include=build`);
    expect(read.body.data.attributes.state.state).toBe('COMPLETE');
    const build = read.body.included.find((r: Json) => r.type === 'builds');
    expect(build.attributes).toMatchObject({ version: '100', processingState: 'PROCESSING' });

    const again = await createUpload('2.0', '100');
    expect(again.status).toBe(409);
    expect(again.body.errors[0].detail).toMatch(/already been used/);
  });

  it('refuses parts with a token, a wrong signature or a wrong length', async () => {
    const bytes = randomBytes(5000);
    const upload = await createUpload('2.0', '101');
    const file = await reserve(upload.body.data.id, bytes.length);
    const [operation] = file.body.data.attributes.uploadOperations as Json[];
    expect((await putPart(operation, bytes, { Authorization: 'Bearer x' })).status).toBe(400);
    const unsigned = { ...operation, url: operation.url.replace(/signature=\w+/, 'signature=0') };
    expect((await putPart(unsigned, bytes)).status).toBe(403);
    const short = { ...operation, length: operation.length - 1 };
    expect((await putPart(short, bytes)).status).toBe(400);
  });

  it('fails the upload when the committed checksum does not match the bytes', async () => {
    const bytes = randomBytes(4000);
    const upload = await createUpload('2.0', '102');
    const file = await reserve(upload.body.data.id, bytes.length);
    const [operation] = file.body.data.attributes.uploadOperations as Json[];
    await putPart(operation, bytes);
    expect((await commit(file.body.data.id, md5(Buffer.from('other')))).status).toBe(200);
    const read = await h.json(`/v1/buildUploads/${upload.body.data.id}`);
    expect(read.body.data.attributes.state.state).toBe('FAILED');
    expect(read.body.data.attributes.state.errors[0].code).toBe('CHECKSUM_MISMATCH');
    // A failed upload does not block a new one for the same build number.
    expect((await createUpload('2.0', '102')).status).toBe(201);
  });

  it("lists an app's uploads by version and build number, with their files", async () => {
    const list = await h.json(
      `/v1/apps/${h.demo.app.id}/buildUploads?filter[cfBundleShortVersionString]=2.0&filter[cfBundleVersion]=101&filter[platform]=IOS&include=assetFile`,
    );
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.included[0].attributes.fileName).toBe('Demo.ipa');
  });
});
