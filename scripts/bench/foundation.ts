import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  createApiKey,
  seedDemoAccount,
  seedTesters,
  startEmulator,
} from '../../src/emulator/index.js';
import { bundlePath, nodeRuntimes, projectRoot, runAction } from '../lib/run-action.js';
import { median, type BenchRow } from './bench-row.js';

/** Wall time of `node -e 0` (spawn to exit): what any action pays before its first line runs. */
async function bareStarts(node: string, times: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(node, ['-e', '0'], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', () => resolve());
    });
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Bundle size, start-up time to the first request, and listing 1,000 testers. */
export async function benchFoundation(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const distDir = join(projectRoot, 'dist');
  const chunkBytes = readdirSync(distDir)
    .filter((name) => name.endsWith('.js') && name !== 'index.js')
    .reduce((sum, name) => sum + statSync(join(distDir, name)).size, 0);
  rows.push({
    benchmark: 'bundle: dist/index.js (what every run loads)',
    value: `${(statSync(bundlePath).size / 1024).toFixed(0)} KiB`,
    target: '< 1 MiB',
  });
  rows.push({
    benchmark:
      'bundle: chunks loaded on demand (one per area of operations; node-forge, @actions/github)',
    value: `${(chunkBytes / 1024).toFixed(0)} KiB`,
    target: '',
  });

  // Start-up: from spawning node to the emulator receiving the first request, under each runtime.
  {
    const emulator = await startEmulator();
    seedDemoAccount(emulator.store);
    const key = createApiKey();
    emulator.registerKey(key);
    for (const runtime of nodeRuntimes()) {
      const samples: number[] = [];
      for (let i = 0; i < 7; i++) {
        emulator.clearRequests();
        const spawnedAt = Date.now();
        await runAction({
          node: runtime.path,
          inputs: {
            operation: 'list-devices',
            'key-id': key.keyId,
            'issuer-id': key.issuerId ?? '',
            'private-key': key.privateKeyPem,
            'api-base-url': emulator.baseUrl,
          },
        });
        const first = emulator.requests[0];
        if (first) samples.push(first.at - spawnedAt);
      }
      const bare = median(await bareStarts(runtime.path, 7));
      const startUp = median(samples);
      rows.push({
        benchmark: `start-up to first request, ${runtime.label} (median of 7), beside a bare \`node -e 0\``,
        value: `${startUp.toFixed(0)} ms (${(startUp / bare).toFixed(2)}× the ${bare.toFixed(0)} ms of node -e 0)`,
        target: '≤ 1.5× node -e 0',
      });
    }
    await emulator.close();
  }

  // Listing 1,000 testers with 100 ms added latency.
  {
    const emulator = await startEmulator({ faults: { latencyMs: 100 } });
    const account = seedDemoAccount(emulator.store, { testers: 0 });
    seedTesters(emulator.store, account.app.id, 1000);
    const key = createApiKey();
    emulator.registerKey(key);
    const run = await runAction({
      inputs: {
        operation: 'list-testers',
        app: account.app.bundleId,
        'key-id': key.keyId,
        'issuer-id': key.issuerId ?? '',
        'private-key': key.privateKeyPem,
        'api-base-url': emulator.baseUrl,
      },
    });
    if (run.exitCode !== 0) throw new Error(`list-testers failed:\n${run.stdout}`);
    const result = JSON.parse(run.outputs.result ?? '{}') as { count: number };
    const pages = emulator.requests.filter((r) => r.path.startsWith('/v1/betaTesters')).length;
    rows.push({
      benchmark: `list-testers, ${result.count} testers, 100 ms latency`,
      requests: emulator.requests.length,
      value: `${(run.durationMs / 1000).toFixed(2)} s wall, ${pages} page requests`,
      target: '5 page requests',
    });
    await emulator.close();
  }

  return rows;
}
