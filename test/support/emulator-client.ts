import type { OperationContext } from '../../src/operations/operation.js';
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

/** An operation context around `client` with no waits; `overrides` replace any part of it. */
export function operationContext(
  client: AscClient,
  overrides: Partial<OperationContext> = {},
): OperationContext {
  return {
    client,
    dryRun: false,
    api: {
      baseUrl: client.baseUrl?.href ?? 'http://127.0.0.1',
      maxConcurrency: client.maxConcurrency ?? 4,
      requestTimeoutMs: 60_000,
      maxAttempts: 4,
      timeScale: 0,
    },
    env: {},
    log: { info: () => {}, warning: () => {}, debug: () => {}, group: (_name, task) => task() },
    mask: () => {},
    done: () => {},
    onFailureShow: () => {},
    sleep: async () => {},
    ...overrides,
  };
}
