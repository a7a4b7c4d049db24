/**
 * The signing identity of a new certificate: an RSA key pair, the certificate signing request sent
 * to Apple, and the PKCS#12 (.p12) bundle of the issued certificate with its key. node-forge does the
 * CSR and PKCS#12 encoding; it is imported on demand so that the main bundle stays small.
 */
import { generateKeyPair, randomBytes, X509Certificate, createPublicKey } from 'node:crypto';
import { promisify } from 'node:util';
import type * as NodeForge from 'node-forge';

type Forge = typeof NodeForge;

async function loadForge(): Promise<Forge> {
  const module = (await import('node-forge')) as Forge & { default?: Forge };
  return module.default ?? module;
}

export interface SigningRequest {
  /** PKCS#8 PEM of the new private key: secret. */
  privateKeyPem: string;
  /** The CSR as PEM text, as Keychain Access writes a `.certSigningRequest` file. */
  csrPem: string;
}

const generateRsaKeyPair = promisify(generateKeyPair);

/** Generates a 2048-bit RSA key (natively, which is fast) and a CSR for it signed with SHA-256. */
export async function createSigningRequest(subject: {
  commonName: string;
  email?: string;
}): Promise<SigningRequest> {
  const forge = await loadForge();
  const { privateKey } = await generateRsaKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey) as NodeForge.pki.rsa.PrivateKey;
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  csr.setSubject([
    { name: 'commonName', value: subject.commonName },
    ...(subject.email ? [{ name: 'emailAddress', value: subject.email }] : []),
  ]);
  csr.sign(forgeKey, forge.md.sha256.create());
  return { privateKeyPem: privateKey, csrPem: forge.pki.certificationRequestToPem(csr) };
}

/** Whether the certificate (base64 DER, as Apple returns `certificateContent`) is for this key. */
export function certificateMatchesKey(certificateBase64: string, privateKeyPem: string): boolean {
  const certificate = new X509Certificate(Buffer.from(certificateBase64, 'base64'));
  const fromKey = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
  const fromCertificate = certificate.publicKey.export({ type: 'spki', format: 'der' });
  return Buffer.compare(fromKey, fromCertificate) === 0;
}

/** The certificate's common name, e.g. `Apple Distribution: Example Corp (TEAMID)`. */
export function certificateCommonName(certificateBase64: string): string | undefined {
  const certificate = new X509Certificate(Buffer.from(certificateBase64, 'base64'));
  return /(?:^|\n)CN=([^\n]+)/.exec(certificate.subject)?.[1];
}

/**
 * Bundles the key and its certificate into a password-protected PKCS#12 file. Triple DES and SHA-1
 * are used because the macOS keychain (`security import`) still refuses the AES-based encryption
 * newer OpenSSL versions default to.
 */
export async function createPkcs12(options: {
  privateKeyPem: string;
  certificateBase64: string;
  password: string;
  friendlyName?: string;
}): Promise<Buffer> {
  const forge = await loadForge();
  const key = forge.pki.privateKeyFromPem(options.privateKeyPem);
  const der = forge.util.decode64(options.certificateBase64);
  const certificate = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der));
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [certificate], options.password, {
    algorithm: '3des',
    ...(options.friendlyName ? { friendlyName: options.friendlyName } : {}),
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** A random password for the .p12: 24 characters from the URL-safe base64 alphabet. */
export function generateP12Password(): string {
  return randomBytes(18).toString('base64url');
}
