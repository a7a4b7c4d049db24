import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { alphanumericId } from './ids.js';

export interface ApiKey {
  keyId: string;
  /** Absent for an individual key. */
  issuerId?: string;
  /** PKCS#8 PEM of an EC P-256 key, the format of Apple's AuthKey_<KEYID>.p8 files. */
  privateKeyPem: string;
  publicKey: KeyObject;
}

/** Creates a key pair like one downloaded from App Store Connect. `issuerId: null` makes an individual key. */
export function createApiKey(opts: { keyId?: string; issuerId?: string | null } = {}): ApiKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const issuerId = opts.issuerId === null ? undefined : (opts.issuerId ?? randomUUID());
  return {
    keyId: opts.keyId ?? alphanumericId(10),
    ...(issuerId ? { issuerId } : {}),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey,
  };
}

export interface RegisteredKey {
  keyId: string;
  issuerId?: string;
  publicKey: KeyObject;
}

export function toRegisteredKey(k: {
  keyId: string;
  issuerId?: string;
  publicKey: KeyObject | string;
}): RegisteredKey {
  const publicKey = typeof k.publicKey === 'string' ? createPublicKey(k.publicKey) : k.publicKey;
  return { keyId: k.keyId, ...(k.issuerId ? { issuerId: k.issuerId } : {}), publicKey };
}
