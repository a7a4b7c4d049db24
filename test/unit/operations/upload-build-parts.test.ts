import { operationContext } from '../../support/emulator-client.js';
import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import { InputError } from '../../../src/input-error.js';
import type { ActionLog } from '../../../src/log.js';
import type { OperationContext } from '../../../src/operations/operation.js';
import { resolveIdentity } from '../../../src/operations/testflight/upload-build/bundle-identity.js';
import { progressLogger } from '../../../src/operations/testflight/upload-build/upload-progress.js';
import {
  BuildUploadFailedError,
  waitForUpload,
} from '../../../src/operations/testflight/upload-build/wait-for-upload.js';

const archive = {
  bundleId: 'com.example.demo',
  version: '1.2',
  buildNumber: '45',
  platform: 'IOS' as const,
  source: 'Payload/Demo.app/Info.plist',
};

describe('resolveIdentity', () => {
  it('takes the archive values, with the platform it names', () => {
    expect(resolveIdentity(archive, {}, 'ipa')).toEqual({
      bundleId: 'com.example.demo',
      version: '1.2',
      buildNumber: '45',
      platform: 'IOS',
    });
  });

  it('accepts inputs that agree and fills what the archive lacks', () => {
    const { version: _version, ...withoutVersion } = archive;
    expect(
      resolveIdentity(
        withoutVersion,
        { version: '1.3', buildNumber: '45', platform: 'VISION_OS' },
        'ipa',
      ),
    ).toMatchObject({ version: '1.3', platform: 'VISION_OS' });
  });

  it('refuses an input that contradicts the archive, naming both', () => {
    expect(() => resolveIdentity(archive, { buildNumber: '46' }, 'ipa')).toThrow(
      new InputError(
        'build-number',
        "'46' differs from the archive's CFBundleVersion '45' (Payload/Demo.app/Info.plist)",
      ),
    );
  });

  it('asks for the input when neither says', () => {
    expect(() => resolveIdentity(undefined, { bundleId: 'a.b', version: '1.0' }, 'pkg')).toThrow(
      /Input 'build-number' is invalid: .*set build-number/,
    );
    expect(
      resolveIdentity(undefined, { bundleId: 'a.b', version: '1.0', buildNumber: '1' }, 'pkg')
        .platform,
    ).toBe('MAC_OS');
  });
});

describe('progressLogger', () => {
  it('logs at each 10 % and when slow, with the rate', () => {
    const lines: string[] = [];
    let now = 0;
    const log = progressLogger(
      (line) => lines.push(line),
      5_000,
      () => now,
    );
    const total = 100 * 1024 * 1024;
    const report = (sent: number, done = 0) =>
      log({ sentBytes: sent, totalBytes: total, partsDone: done, partsTotal: 10, elapsedMs: now });
    now = 1000;
    report(total * 0.05); // nothing yet
    report(total * 0.12);
    report(total * 0.15); // same step
    now = 7000;
    report(total * 0.16); // slow: 5 s passed
    now = 10_000;
    report(total, 10);
    report(total, 10); // the end only once
    expect(lines).toEqual([
      'Uploaded 12% (12.0 MB of 100.0 MB, 0/10 parts) at 12.0 MB/s',
      'Uploaded 16% (16.0 MB of 100.0 MB, 0/10 parts) at 2.3 MB/s',
      'Uploaded 100% (100.0 MB of 100.0 MB, 10/10 parts) at 10.0 MB/s',
    ]);
  });
});

function fakeContext(states: unknown[]): {
  context: OperationContext;
  log: string[];
  sleeps: number[];
} {
  const log: string[] = [];
  const sleeps: number[] = [];
  let read = 0;
  const client = {
    get: async () => ({
      data: { type: 'buildUploads', id: 'U1', attributes: { state: states[read++] } },
    }),
  } as unknown as AscClient;
  const actionLog: ActionLog = {
    info: (m) => log.push(`info ${m}`),
    warning: (m) => log.push(`warning ${m}`),
    debug: () => undefined,
    group: (_name, task) => task(),
  };
  const context: OperationContext = operationContext(client, {
    log: actionLog,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { context, log, sleeps };
}

describe('waitForUpload', () => {
  it('polls until COMPLETE and passes on Apple warnings', async () => {
    const { context, log, sleeps } = fakeContext([
      { state: 'PROCESSING' },
      { state: 'PROCESSING' },
      {
        state: 'COMPLETE',
        warnings: [{ code: 'ITMS-90078', description: 'Missing push entitlement' }],
      },
    ]);
    const { upload, polls } = await waitForUpload(context, 'U1', 30);
    expect(upload.state).toBe('COMPLETE');
    expect(polls).toBe(3);
    expect(sleeps).toEqual([15_000, 22_500]);
    expect(log).toContain('warning ITMS-90078: Missing push entitlement');
    // A line at every check, in the normal log: state, time waited, time left, next check.
    expect(log.filter((line) => line.startsWith('info Build upload U1'))).toEqual([
      'info Build upload U1: PROCESSING after 0 s of waiting; up to 30.0 min left. Checking again in 15 s.',
      'info Build upload U1: PROCESSING after 15 s of waiting; up to 29.8 min left. Checking again in 23 s.',
    ]);
  });

  it("fails with Apple's errors when the upload FAILED", async () => {
    const { context } = fakeContext([
      {
        state: 'FAILED',
        errors: [{ code: 'ITMS-90062', description: 'The bundle version must be higher' }],
      },
    ]);
    const error = await waitForUpload(context, 'U1', 30).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildUploadFailedError);
    expect((error as Error).message).toBe(
      'App Store Connect refused build upload U1: ITMS-90062: The bundle version must be higher',
    );
  });

  it('gives up after the timeout, saying how to go on', async () => {
    const { context, sleeps } = fakeContext(Array(100).fill({ state: 'PROCESSING' }));
    await expect(waitForUpload(context, 'U1', 1)).rejects.toThrow(
      /still PROCESSING after 1 minute\(s\).*upload-timeout-minutes/,
    );
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
  });
});
