import { AscClient } from '../../src/asc/client.js';
import { loadPrivateKey } from '../../src/auth/private-key.js';
import { TokenProvider } from '../../src/auth/token.js';
import type { ApiKey } from '../../src/emulator/index.js';

/** The action's own client, in-process, against an emulator with this key; waits take no time. */
export function clientFor(baseUrl: string, key: ApiKey, maxAttempts = 4): AscClient {
  return new AscClient({
    baseUrl,
    tokens: new TokenProvider({
      keyId: key.keyId,
      ...(key.issuerId ? { issuerId: key.issuerId } : {}),
      privateKey: loadPrivateKey(key.privateKeyPem).key,
    }),
    retry: { maxAttempts, timeScale: 0 },
  });
}
