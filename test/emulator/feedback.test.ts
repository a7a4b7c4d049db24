import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Json } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

describe('testers feedback', () => {
  it('lists crash and screenshot submissions of an app, newest first', async () => {
    const appId = h.demo.app.id;
    const { body: crashes }: { body: Json } = await h.json(
      `/v1/apps/${appId}/betaFeedbackCrashSubmissions?sort=-createdDate&limit=1`,
    );
    expect(crashes.data).toHaveLength(1);
    expect(crashes.data[0].type).toBe('betaFeedbackCrashSubmissions');
    expect(crashes.links.next).toContain('cursor');
    const { body: all }: { body: Json } = await h.json(
      `/v1/apps/${appId}/betaFeedbackCrashSubmissions?sort=-createdDate&include=build`,
    );
    const dates = all.data.map((c: Json) => c.attributes.createdDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.included[0].type).toBe('builds');
    const { body: shots }: { body: Json } = await h.json(
      `/v1/apps/${appId}/betaFeedbackScreenshotSubmissions?sort=-createdDate`,
    );
    expect(shots.data.length).toBeGreaterThan(0);
    const image = shots.data[0].attributes.screenshots[0];
    expect(image.url.startsWith(`${h.emulator.baseUrl}/emulator/feedback/`)).toBe(true);
    // The image URL is signed, as Apple's CDN: no token.
    const response = await fetch(image.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await response.arrayBuffer());
    const withToken = await h.api(image.url);
    expect(withToken.status).toBe(400);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it("serves a crash submission's crash log", async () => {
    const crash = h.demo.feedback.find((f) => f.kind === 'crash')!;
    const { body: log }: { body: Json } = await h.json(
      `/v1/betaFeedbackCrashSubmissions/${crash.id}/crashLog`,
    );
    expect(log.data.type).toBe('betaCrashLogs');
    expect(log.data.attributes.logText).toContain('Thread 0 Crashed:');
    const missing = await h.api('/v1/betaFeedbackCrashSubmissions/nope/crashLog');
    expect(missing.status).toBe(404);
  });
});
