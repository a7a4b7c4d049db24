import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface P256Fixture {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** PKCS#8 PEM, the form of Apple's .p8 files. */
  pkcs8Pem: string;
  /** SEC1 `EC PRIVATE KEY` PEM, the form `openssl ecparam -genkey` writes. */
  sec1Pem: string;
}

export function generateP256(): P256Fixture {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privateKey,
    publicKey,
    pkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    sec1Pem: privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
  };
}

/** Base64 lines of a PEM text, header and footer excluded. */
export function bodyLines(pem: string): string[] {
  return pem
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('-----'));
}
