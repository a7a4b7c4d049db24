/**
 * The emulator's stand-in for Apple's Worldwide Developer Relations CA: it reads certificate signing
 * requests, issues X.509 certificates for their keys, and signs provisioning profiles as CMS
 * (PKCS#7 signed data), so that clients handle the same formats Apple returns.
 */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

interface Authority {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

let authority: Authority | undefined;
let seedHolderKey: forge.pki.rsa.PublicKey | undefined;

/** An RSA key made natively (forge's pure-JS key generation takes seconds). */
function newRsaKey(): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
}

function publicKeyOf(key: forge.pki.rsa.PrivateKey): forge.pki.rsa.PublicKey {
  return forge.pki.setRsaPublicKey(key.n, key.e);
}

function getAuthority(): Authority {
  if (authority) return authority;
  const key = newRsaKey();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKeyOf(key);
  certificate.serialNumber = '01';
  certificate.validity.notBefore = new Date(Date.now() - YEAR_MS);
  certificate.validity.notAfter = new Date(Date.now() + 10 * YEAR_MS);
  const subject = [
    { name: 'commonName', value: 'Emulator Worldwide Developer Relations Certification Authority' },
    { name: 'organizationName', value: 'App Store Connect Emulator' },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true },
  ]);
  certificate.sign(key, forge.md.sha256.create());
  authority = { key, certificate };
  return authority;
}

export type CsrReading =
  | { ok: true; publicKey: forge.pki.rsa.PublicKey; commonName: string | undefined }
  | { ok: false; problem: string };

/** Reads `csrContent` as Apple takes it: the PEM text of a CSR, or the base64 of its DER. */
export function readCsr(csrContent: string): CsrReading {
  try {
    const text = csrContent.trim();
    const csr = text.includes('-----BEGIN')
      ? forge.pki.certificationRequestFromPem(text)
      : forge.pki.certificationRequestFromAsn1(
          forge.asn1.fromDer(forge.util.decode64(text.replace(/\s+/g, ''))),
        );
    if (!csr.verify()) return { ok: false, problem: 'its signature does not verify' };
    const publicKey = csr.publicKey as forge.pki.rsa.PublicKey | null;
    if (!publicKey) return { ok: false, problem: 'it holds no public key' };
    const commonName = csr.subject.getField('CN') as { value?: string } | null;
    return { ok: true, publicKey, commonName: commonName?.value };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The public key certificates seeded without a CSR are issued for. */
export function seedHolderPublicKey(): forge.pki.rsa.PublicKey {
  seedHolderKey ??= publicKeyOf(newRsaKey());
  return seedHolderKey;
}

/** Issues a code-signing certificate for `publicKey`; returns its DER as base64. */
export function issueCertificate(options: {
  publicKey: forge.pki.rsa.PublicKey;
  commonName: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
}): string {
  const ca = getAuthority();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = options.publicKey;
  certificate.serialNumber = options.serialNumber;
  certificate.validity.notBefore = options.notBefore;
  certificate.validity.notAfter = options.notAfter;
  certificate.setSubject([
    { name: 'commonName', value: options.commonName },
    { name: 'organizationName', value: 'Emulator Team' },
    { name: 'countryName', value: 'US' },
  ]);
  certificate.setIssuer(ca.certificate.subject.attributes);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, critical: true },
    { name: 'extKeyUsage', codeSigning: true },
  ]);
  certificate.sign(ca.key, forge.md.sha256.create());
  return forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes());
}

/** Wraps a profile's property list in CMS signed data, as Apple signs `.mobileprovision` files. */
export function signProfile(plist: string): string {
  const ca = getAuthority();
  const signed = forge.pkcs7.createSignedData();
  signed.content = forge.util.createBuffer(forge.util.encodeUtf8(plist));
  signed.addCertificate(ca.certificate);
  signed.addSigner({
    key: ca.key,
    certificate: ca.certificate,
    digestAlgorithm: forge.pki.oids.sha256 as string,
  });
  signed.sign();
  return forge.util.encode64(forge.asn1.toDer(signed.toAsn1()).getBytes());
}
