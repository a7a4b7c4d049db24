import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateMatchesKey, createSigningRequest } from '../../src/crypto/signing-identity.js';
import { issuedCertificateAttributes } from '../../src/emulator/resources/signing.js';
import { readProfileFile } from '../../src/operations/shared/profile-files.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.emulator.close();
});

const certificateBody = (csrContent: string, certificateType = 'DEVELOPMENT') => ({
  data: { type: 'certificates', attributes: { csrContent, certificateType } },
});

const profileBody = (
  name: string,
  profileType: string,
  certificates: string[],
  devices?: string[],
) => ({
  data: {
    type: 'profiles',
    attributes: { name, profileType },
    relationships: {
      bundleId: { data: { type: 'bundleIds', id: h.demo.bundleId.id } },
      certificates: { data: certificates.map((id) => ({ type: 'certificates', id })) },
      ...(devices ? { devices: { data: devices.map((id) => ({ type: 'devices', id })) } } : {}),
    },
  },
});

describe('certificates', () => {
  it('issues a certificate for the key of a real CSR, given as PEM or base64 DER', async () => {
    const request = await createSigningRequest({ commonName: 'Emulator test' });
    const pem = await h.json('/v1/certificates', {
      method: 'POST',
      body: certificateBody(request.csrPem),
    });
    expect(pem.status).toBe(201);
    const attributes = pem.body.data.attributes;
    expect(certificateMatchesKey(attributes.certificateContent, request.privateKeyPem)).toBe(true);
    expect(attributes).toMatchObject({ certificateType: 'DEVELOPMENT', platform: 'IOS' });
    expect(attributes.serialNumber).toMatch(/^[0-9A-F]{16}$/);
    // Apple never sends the CSR back: the attribute comes as null, as in its recorded answers.
    expect(attributes.csrContent).toBeNull();

    const der = request.csrPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    const fromDer = await h.json('/v1/certificates', {
      method: 'POST',
      body: certificateBody(der, 'IOS_DEVELOPMENT'),
    });
    expect(fromDer.status).toBe(201);
  });

  it('refuses a CSR that is not one', async () => {
    const refused = await h.json('/v1/certificates', {
      method: 'POST',
      body: certificateBody('aGVsbG8='),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].source.pointer).toBe('/data/attributes/csrContent');
  });

  it('refuses a fourth current distribution certificate', async () => {
    for (let i = 0; i < 2; i++) {
      h.emulator.store.create(
        'certificates',
        issuedCertificateAttributes('DISTRIBUTION', Date.now()),
      );
    }
    const request = await createSigningRequest({ commonName: 'One too many' });
    const refused = await h.json('/v1/certificates', {
      method: 'POST',
      body: certificateBody(request.csrPem, 'DISTRIBUTION'),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toMatch(/You already have a current Apple Distribution/);
  });
});

describe('profiles', () => {
  const enabledIos = () =>
    h.demo.devices.filter((d) => d.platform === 'IOS' && d.status === 'ENABLED').map((d) => d.id);

  it('signs profileContent as CMS naming the UUID, name and device UDIDs', async () => {
    const devices = enabledIos().slice(0, 2);
    const created = await h.json('/v1/profiles', {
      method: 'POST',
      body: profileBody('Signed Dev', 'IOS_APP_DEVELOPMENT', [h.demo.certificate.id], devices),
    });
    expect(created.status).toBe(201);
    const content = Buffer.from(created.body.data.attributes.profileContent, 'base64');
    expect(content[0]).toBe(0x30); // a DER SEQUENCE: CMS signed data, not a bare plist
    const info = readProfileFile(content);
    expect(info.uuid).toBe(created.body.data.attributes.uuid);
    expect(info.name).toBe('Signed Dev');
    expect(info.devices.sort()).toEqual(
      h.demo.devices
        .filter((d) => devices.includes(d.id))
        .map((d) => d.udid)
        .sort(),
    );
  });

  it('refuses a development profile without devices, with a disabled device, or the wrong certificate', async () => {
    const noDevices = await h.json('/v1/profiles', {
      method: 'POST',
      body: profileBody('No Devices', 'IOS_APP_DEVELOPMENT', [h.demo.certificate.id]),
    });
    expect(noDevices.status).toBe(409);
    const disabled = h.demo.devices.find((d) => d.status === 'DISABLED')!;
    const withDisabled = await h.json('/v1/profiles', {
      method: 'POST',
      body: profileBody('Disabled', 'IOS_APP_DEVELOPMENT', [h.demo.certificate.id], [disabled.id]),
    });
    expect(withDisabled.status).toBe(409);
    const wrongCertificate = await h.json('/v1/profiles', {
      method: 'POST',
      body: profileBody('Store', 'IOS_APP_STORE', [h.demo.certificate.id]),
    });
    expect(wrongCertificate.status).toBe(409);
    expect(wrongCertificate.body.errors[0].detail).toContain('cannot sign a IOS_APP_STORE profile');
    const store = await h.json('/v1/profiles', {
      method: 'POST',
      body: profileBody('Store', 'IOS_APP_STORE', [h.demo.distributionCertificate.id]),
    });
    expect(store.status).toBe(201);
    expect(
      readProfileFile(Buffer.from(store.body.data.attributes.profileContent, 'base64')).devices,
    ).toEqual([]);
  });
});

describe('capabilities', () => {
  it('checks capability settings against the options Apple offers', async () => {
    const body = (settings: unknown) => ({
      data: {
        type: 'bundleIdCapabilities',
        attributes: { capabilityType: 'ICLOUD', settings },
        relationships: { bundleId: { data: { type: 'bundleIds', id: h.demo.bundleId.id } } },
      },
    });
    const bad = await h.json('/v1/bundleIdCapabilities', {
      method: 'POST',
      body: body([
        { key: 'ICLOUD_VERSION', options: [{ key: 'COMPLETE_PROTECTION', enabled: true }] },
      ]),
    });
    expect(bad.status).toBe(409);
    const good = await h.json('/v1/bundleIdCapabilities', {
      method: 'POST',
      body: body([{ key: 'ICLOUD_VERSION', options: [{ key: 'XCODE_6', enabled: true }] }]),
    });
    expect(good.status).toBe(201);
  });
});
