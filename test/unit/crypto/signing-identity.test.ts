import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import {
  certificateCommonName,
  certificateMatchesKey,
  createPkcs12,
  createSigningRequest,
  generateP12Password,
} from '../../../src/crypto/signing-identity.js';
import { issueCertificate, readCsr, signProfile } from '../../../src/emulator/signing-authority.js';
import { readProfileFile } from '../../../src/operations/shared/profile-files.js';

const request = await createSigningRequest({ commonName: 'CI Signing', email: 'ci@example.com' });

function issueFor(csrContent: string): string {
  const reading = readCsr(csrContent);
  if (!reading.ok) throw new Error(reading.problem);
  return issueCertificate({
    publicKey: reading.publicKey,
    commonName: 'Apple Development: Test (EMU7TEAM42)',
    serialNumber: '1a2b3c4d5e6f7081',
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2026-01-01T00:00:00Z'),
  });
}

describe('createSigningRequest', () => {
  it('makes a signed SHA-256 CSR for a new 2048-bit RSA key, with the subject given', () => {
    const csr = forge.pki.certificationRequestFromPem(request.csrPem);
    expect(csr.verify()).toBe(true);
    expect(csr.subject.getField('CN').value).toBe('CI Signing');
    expect(csr.subject.getField('E').value).toBe('ci@example.com');
    expect(csr.siginfo.algorithmOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
    const key = forge.pki.privateKeyFromPem(request.privateKeyPem) as forge.pki.rsa.PrivateKey;
    expect(key.n.bitLength()).toBe(2048);
    expect((csr.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n)).toBe(true);
  });

  it('is accepted as PEM and as base64 DER, and refused when tampered with or garbage', () => {
    expect(readCsr(request.csrPem).ok).toBe(true);
    const der = request.csrPem
      .replace(/-----(BEGIN|END) CERTIFICATE REQUEST-----/g, '')
      .replace(/\s+/g, '');
    expect(readCsr(der).ok).toBe(true);
    const bytes = Buffer.from(der, 'base64');
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    expect(readCsr(bytes.toString('base64')).ok).toBe(false);
    expect(readCsr('not a csr')).toMatchObject({ ok: false });
  });
});

describe('certificates and PKCS#12', () => {
  it('an issued certificate matches the CSR key and no other', () => {
    const certificate = issueFor(request.csrPem);
    expect(certificateMatchesKey(certificate, request.privateKeyPem)).toBe(true);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(certificateMatchesKey(certificate, other.toString())).toBe(false);
    expect(certificateCommonName(certificate)).toBe('Apple Development: Test (EMU7TEAM42)');
  });

  it('bundles key and certificate in a .p12 that opens only with its password', async () => {
    const certificate = issueFor(request.csrPem);
    const password = generateP12Password();
    const p12 = await createPkcs12({
      privateKeyPem: request.privateKeyPem,
      certificateBase64: certificate,
      password,
      friendlyName: 'Apple Development: Test',
    });
    const asn1 = forge.asn1.fromDer(p12.toString('binary'));
    const opened = forge.pkcs12.pkcs12FromAsn1(asn1, password);
    const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag!;
    const certOid = forge.pki.oids.certBag!;
    const key = opened.getBags({ bagType: keyOid })[keyOid]![0]!.key as forge.pki.rsa.PrivateKey;
    const cert = opened.getBags({ bagType: certOid })[certOid]![0]!;
    expect(cert.attributes.friendlyName).toEqual(['Apple Development: Test']);
    const original = forge.pki.privateKeyFromPem(request.privateKeyPem) as forge.pki.rsa.PrivateKey;
    expect(key.n.equals(original.n)).toBe(true);
    expect(() =>
      forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), 'nope'),
    ).toThrow();
  });

  it('generates distinct 24-character passwords', () => {
    const passwords = new Set(Array.from({ length: 20 }, generateP12Password));
    expect(passwords.size).toBe(20);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

describe('signed profiles', () => {
  it('a CMS-signed profile carries its signer certificate, and its plist reads back', () => {
    const plist =
      '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>Name</key><string>A &amp; B</string><key>UUID</key><string>1111-2222</string><key>ProvisionedDevices</key><array><string>u1</string><string>u2</string></array></dict></plist>';
    const content = Buffer.from(signProfile(plist), 'base64');
    const message = forge.pkcs7.messageFromAsn1(
      forge.asn1.fromDer(content.toString('binary')),
    ) as forge.pkcs7.PkcsSignedData;
    expect(message.certificates).toHaveLength(1);
    expect(readProfileFile(content)).toEqual({
      uuid: '1111-2222',
      name: 'A & B',
      expirationDate: undefined,
      devices: ['u1', 'u2'],
    });
  });
});
