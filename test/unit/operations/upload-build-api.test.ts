import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import { findUploads } from '../../../src/operations/testflight/upload-build/build-upload-api.js';

const identity = {
  bundleId: 'com.example.app',
  version: '1.2',
  buildNumber: '7',
  platform: 'IOS' as const,
};

describe('findUploads', () => {
  it('asks an upload for its files when Apple left its assetFile link empty', async () => {
    const targets: string[] = [];
    const client = {
      get: async (target: string) => {
        targets.push(target);
        if (target.startsWith('/v1/apps/')) {
          return {
            data: [
              { type: 'buildUploads', id: 'u1', attributes: { state: { state: 'COMPLETE' } } },
            ],
            included: [],
          };
        }
        return {
          data: [
            { type: 'buildUploadFiles', id: 'f0', attributes: { assetType: 'ASSET_DESCRIPTION' } },
            {
              type: 'buildUploadFiles',
              id: 'f1',
              attributes: {
                assetType: 'ASSET',
                fileName: 'App.ipa',
                fileSize: 10,
                sourceFileChecksums: { file: { algorithm: 'MD5', hash: 'ABC123' } },
              },
            },
          ],
        };
      },
    } as unknown as AscClient;
    const [upload] = await findUploads(client, '1', identity);
    expect(upload?.assetFile).toMatchObject({
      id: 'f1',
      fileName: 'App.ipa',
      committedMd5: 'abc123',
    });
    expect(targets[1]).toMatch(/^\/v1\/buildUploads\/u1\/buildUploadFiles\?/);
  });
});
