import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuild } from '../../src/emulator/index.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

const notification = (buildId: string) => ({
  data: {
    type: 'buildBetaNotifications',
    relationships: { build: { data: { type: 'builds', id: buildId } } },
  },
});

describe('build beta notifications', () => {
  it('notifies the testers of a processed build', async () => {
    const build = h.demo.builds.find((b) => b.version === '3')!;
    const sent = await h.json('/v1/buildBetaNotifications', {
      method: 'POST',
      body: notification(build.id),
    });
    expect(sent.status).toBe(201);
    expect(sent.body.data.type).toBe('buildBetaNotifications');
    expect(
      h.emulator.store
        .list('buildBetaNotifications')
        .filter((n) => n.relationships.build?.[0] === build.id),
    ).toHaveLength(1);
  });

  it('refuses a build that is still processing or expired', async () => {
    for (const version of ['4', '1']) {
      const build = h.demo.builds.find((b) => b.version === version)!;
      const refused = await h.json('/v1/buildBetaNotifications', {
        method: 'POST',
        body: notification(build.id),
      });
      expect(refused.status).toBe(409);
      expect(refused.body.errors[0].code).toBe('ENTITY_ERROR.RELATIONSHIP.INVALID');
    }
  });

  it('refuses a build whose testers are notified automatically', async () => {
    const build = h.demo.builds.find((b) => b.version === '2')!;
    h.emulator.store.update('buildBetaDetails', build.id, { autoNotifyEnabled: true });
    const refused = await h.json('/v1/buildBetaNotifications', {
      method: 'POST',
      body: notification(build.id),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toContain('autoNotifyEnabled');
  });
});

describe('export compliance', () => {
  it('keeps a build created without an answer MISSING_EXPORT_COMPLIANCE until it is answered', async () => {
    const build = createBuild(h.emulator.store, {
      appId: h.demo.app.id,
      preReleaseVersionId: h.demo.preReleaseVersions[1]!.id,
      version: '50',
      usesNonExemptEncryption: null,
    });
    const before = await h.json(`/v1/builds/${build.id}?include=buildBetaDetail`);
    expect(before.body.data.attributes.usesNonExemptEncryption).toBeNull();
    expect(before.body.included[0].attributes.internalBuildState).toBe('MISSING_EXPORT_COMPLIANCE');
    const patched = await h.json(`/v1/builds/${build.id}`, {
      method: 'PATCH',
      body: {
        data: { type: 'builds', id: build.id, attributes: { usesNonExemptEncryption: false } },
      },
    });
    expect(patched.status).toBe(200);
    const after = await h.json(`/v1/builds/${build.id}/buildBetaDetail`);
    expect(after.body.data.attributes.internalBuildState).toBe('READY_FOR_BETA_TESTING');
  });
});
