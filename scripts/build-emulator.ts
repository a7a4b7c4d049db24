/**
 * Builds the emulator's committed bundles into emulator/dist: `cli.js` (the standalone command,
 * with Apple's OpenAPI document beside it), `main.js` and `post.js` (the sub-action
 * emulator/action.yml). One ncc bundle per entry, built like the action's own dist/.
 * Run with `npm run build:emulator`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'emulator', 'dist');
const entries: Record<string, string> = {
  cli: 'src/emulator/cli.ts',
  main: 'src/emulator/sub-action/main.ts',
  post: 'src/emulator/sub-action/post.ts',
};
const ncc = join(root, 'node_modules', '.bin', 'ncc');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const written = new Set<string>();
const run = promisify(execFile);

/** Builds one entry into a folder of its own (ncc names every entry index.js). */
async function bundle(name: string, entry: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), `ncc-${name}-`));
  const args = ['build', entry, '--out', work, '--minify', '--license', 'licenses.txt'];
  await run(ncc, [...args, '--target', 'es2022'], { cwd: root });
  return work;
}

// The entries build side by side (each ncc is mostly one core), then are copied in a fixed order.
const built = await Promise.all(
  Object.entries(entries).map(async ([name, entry]) => ({
    name,
    entry,
    work: await bundle(name, entry),
  })),
);
for (const { name, entry, work } of built) {
  try {
    for (const file of readdirSync(work)) {
      if (file === 'package.json') continue;
      const target =
        file === 'index.js'
          ? `${name}.js`
          : file === 'licenses.txt'
            ? `${name}.licenses.txt`
            : file;
      if (written.has(target)) throw new Error(`${entry} and another entry both emit ${target}`);
      written.add(target);
      copyFileSync(join(work, file), join(out, target));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
// The bundles are ES modules; this makes them so wherever emulator/ is copied.
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
console.log(`emulator/dist: ${[...written].sort().join(', ')}, package.json`);
