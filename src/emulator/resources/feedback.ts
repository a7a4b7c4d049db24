import { deflateSync } from 'node:zlib';
import { appleErrors, type ErrorAnswer } from '../apple-errors.js';
import { isoDate } from '../dates.js';
import { resourceNotFound } from '../entity-errors.js';
import type { Answer, HookContext, OperationRequest, ResourceHooks } from '../hooks.js';
import { selfUrl } from '../jsonapi/paging.js';
import type { EmulatorStore, StoredResource } from '../store.js';

/**
 * Testers' feedback as TestFlight collects it: crash submissions (each with a crash log, read
 * through `/v1/betaFeedbackCrashSubmissions/{id}/crashLog`) and screenshot submissions (whose
 * `screenshots` attribute holds image URLs). Apple's image URLs point at its CDN, signed and
 * short-lived, and take no API token; the emulator serves them under FEEDBACK_IMAGES_PREFIX.
 */
export const FEEDBACK_IMAGES_PREFIX = '/emulator/feedback/';

const IMAGE_URL_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface NewFeedback {
  appId: string;
  buildId: string;
  testerId?: string;
  kind: 'crash' | 'screenshot';
  createdAt: number;
  comment?: string;
  email?: string;
  deviceModel?: string;
  osVersion?: string;
  locale?: string;
  /** crash: the crash log's text (a default one when absent). */
  crashLog?: string;
  /** screenshot: how many images (default 1). */
  screenshots?: number;
}

/** A crash report as TestFlight hands it out: a header, then the threads with the crashed one. */
export function sampleCrashLog(bundleId: string, buildNumber: string, createdAt: number): string {
  return [
    `Incident Identifier: ${bundleId.toUpperCase()}-${createdAt}`,
    `Hardware Model:      iPhone15,2`,
    `Process:             Demo [4242]`,
    `Identifier:          ${bundleId}`,
    `Version:             ${buildNumber}`,
    `Date/Time:           ${isoDate(createdAt)}`,
    `OS Version:          iPhone OS 18.1 (22B83)`,
    '',
    'Exception Type:  EXC_BREAKPOINT (SIGTRAP)',
    'Termination Reason: SIGNAL 5 Trace/BPT trap: 5',
    '',
    'Thread 0 name:   Dispatch queue: com.apple.main-thread',
    'Thread 0 Crashed:',
    '0   Demo                          0x0000000100f2c8a4 ListViewModel.reload() + 312 (ListViewModel.swift:88)',
    '1   Demo                          0x0000000100f2c1d0 closure #1 in ListView.body.getter + 96 (ListView.swift:41)',
    '2   SwiftUI                       0x00000001a3b2c0f4 0x1a3900000 + 2277620',
    '3   SwiftUI                       0x00000001a3b2b9e8 0x1a3900000 + 2275816',
    '4   UIKitCore                     0x00000001a1c4d2b0 -[UIApplication _run] + 888',
    '5   Demo                          0x0000000100f10a3c main + 68 (DemoApp.swift:12)',
    '',
    'Thread 1:',
    '0   libsystem_kernel.dylib        0x00000001e8a1c4a4 __workq_kernreturn + 8',
    '',
  ].join('\n');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small, valid PNG of one colour (a stand-in for a tester's screenshot). */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Creates one crash or screenshot submission of an app, as a tester sending feedback would. */
export function createFeedback(store: EmulatorStore, feedback: NewFeedback): StoredResource {
  const build = store.get('builds', feedback.buildId);
  const buildNumber = String(build?.attributes.version ?? '');
  const app = store.get('apps', feedback.appId);
  const bundleId = String(app?.attributes.bundleId ?? '');
  const common = {
    createdDate: isoDate(feedback.createdAt),
    comment: feedback.comment ?? '',
    email: feedback.email ?? 'tester@example.com',
    deviceModel: feedback.deviceModel ?? 'iPhone15_2',
    osVersion: feedback.osVersion ?? '18.1',
    locale: feedback.locale ?? 'en-US',
    timeZone: 'Europe/Berlin',
    architecture: 'arm64e',
    connectionType: 'WIFI',
    appUptimeInMilliseconds: 73_000,
    batteryPercentage: 64,
    screenWidthInPoints: 393,
    screenHeightInPoints: 852,
    appPlatform: 'IOS',
    devicePlatform: 'IOS',
    deviceFamily: 'IPHONE',
    buildBundleId: bundleId,
  };
  const relationships = {
    build: feedback.buildId,
    ...(feedback.testerId ? { tester: feedback.testerId } : {}),
  };
  if (feedback.kind === 'crash') {
    const resource = store.create('betaFeedbackCrashSubmissions', common, relationships);
    resource.internal.crashLog =
      feedback.crashLog ?? sampleCrashLog(bundleId, buildNumber, feedback.createdAt);
    store.link('apps', feedback.appId, 'betaFeedbackCrashSubmissions', [resource.id]);
    return resource;
  }
  const resource = store.create('betaFeedbackScreenshotSubmissions', common, relationships);
  const count = feedback.screenshots ?? 1;
  resource.attributes.screenshots = Array.from({ length: count }, (_, index) => ({
    // A path on the emulator: the serializer makes it absolute with the emulator's own base URL.
    url: `${FEEDBACK_IMAGES_PREFIX}${resource.id}/screenshot-${index + 1}.png?signature=${resource.id.slice(-8)}`,
    width: 24,
    height: 52,
    expirationDate: isoDate(feedback.createdAt + IMAGE_URL_LIFETIME_MS * 30),
  }));
  store.link('apps', feedback.appId, 'betaFeedbackScreenshotSubmissions', [resource.id]);
  return resource;
}

function crashLog(request: OperationRequest, ctx: HookContext): Answer | ErrorAnswer {
  const id = Object.values(request.op.pathParams)[0] ?? '';
  const submission = ctx.store.get('betaFeedbackCrashSubmissions', id);
  if (!submission) return resourceNotFound('betaFeedbackCrashSubmissions', id);
  const logText = submission.internal.crashLog;
  if (typeof logText !== 'string') {
    return {
      status: 200,
      body: {
        data: null,
        links: { self: selfUrl(request.baseUrl, request.pathname, request.query) },
      },
    };
  }
  const wanted = request.query.get('fields[betaCrashLogs]');
  const attributes = wanted === null || wanted.split(',').includes('logText') ? { logText } : {};
  return {
    status: 200,
    body: {
      data: {
        type: 'betaCrashLogs',
        id: `${id}-log`,
        attributes,
        links: { self: `${request.baseUrl}/v1/betaCrashLogs/${id}-log` },
      },
      links: { self: selfUrl(request.baseUrl, request.pathname, request.query) },
    },
  };
}

/** `GET /emulator/feedback/<submission>/screenshot-<n>.png`: a screenshot's image (no token needed). */
export function serveFeedbackImage(
  store: EmulatorStore,
  url: URL,
  authorization?: string,
): Answer | ErrorAnswer {
  if (authorization !== undefined) {
    // As a pre-signed CDN URL: a token sent along is refused (and would leak to another host).
    return appleErrors.invalidParameter(
      'Authorization',
      'Only one auth mechanism allowed: the URL is pre-signed; send no Authorization header.',
    );
  }
  const match = /^([^/]+)\/screenshot-(\d+)\.png$/.exec(
    url.pathname.slice(FEEDBACK_IMAGES_PREFIX.length),
  );
  const submission = match
    ? store.get('betaFeedbackScreenshotSubmissions', match[1] ?? '')
    : undefined;
  const index = Number(match?.[2] ?? 0) - 1;
  const images = (submission?.attributes.screenshots ?? []) as unknown[];
  if (!submission || index < 0 || index >= images.length) {
    return resourceNotFound('betaFeedbackScreenshotImages', url.pathname);
  }
  const shade = (index * 40) % 200;
  return {
    status: 200,
    body: solidPng(24, 52, [30 + shade, 120, 200 - shade]),
    headers: { 'Content-Type': 'image/png' },
  };
}

export const feedbackHooks: ResourceHooks[] = [
  {
    type: 'betaFeedbackCrashSubmissions',
    operations: { betaFeedbackCrashSubmissions_crashLog_getToOneRelated: crashLog },
  },
];
