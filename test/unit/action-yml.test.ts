import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/run-action.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'emulator' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The names in `inputs:` or `outputs:` of action.yml (two-space indented keys). */
function declared(section: 'inputs' | 'outputs'): Set<string> {
  const text = readFileSync(join(projectRoot, 'action.yml'), 'utf8');
  const body = text.split(new RegExp(`^${section}:$`, 'm'))[1]?.split(/^\S/m)[0] ?? '';
  return new Set([...body.matchAll(/^ {2}([a-z][a-z0-9-]*):/gm)].map((m) => m[1] as string));
}

/**
 * Where an input name stands in the code: a reader call (`inputs.optional('app')`), a helper
 * called with the reader (`readRoles(inputs, 'roles')`), or a table of input names
 * (`input: 'app-version'`, `notes: 'beta-review-notes'`).
 */
const readers = [
  /\.(?:optional|required|boolean|optionalBoolean|integer|optionalInteger|number|list|lines|choice|secret|path|outputPath|file|requiredList|requiredChoice)\(\s*'([a-z][a-z0-9-]*)'/g,
  /\(\s*inputs\s*,\s*'([a-z][a-z0-9-]*)'/g,
  /\binput: '([a-z][a-z0-9-]*)'/g,
  /^\s+[a-zA-Z]+: '(beta-review-[a-z-]+)',$/gm,
];

describe('action.yml', () => {
  const code = sourceFiles(join(projectRoot, 'src')).map((file) => readFileSync(file, 'utf8'));
  const read = new Set(
    code.flatMap((text) =>
      readers.flatMap((re) => [...text.matchAll(re)].map((m) => m[1] as string)),
    ),
  );

  it('declares every input the code reads', () => {
    const inputs = declared('inputs');
    expect([...read].filter((name) => !inputs.has(name))).toEqual([]);
  });

  it('declares no input that nothing reads', () => {
    expect([...declared('inputs')].filter((name) => !read.has(name))).toEqual([]);
  });

  it('declares the outputs of the contract and runs on node24', () => {
    const outputs = declared('outputs');
    for (const name of [
      'result',
      'build-id',
      'build-number',
      'group-ids',
      'public-link',
      'testers-added',
      'testers-removed',
      'devices-registered',
      'device-ids',
      'profile-paths',
      'report-path',
      'rate-limit-remaining',
    ]) {
      expect(outputs.has(name), name).toBe(true);
    }
    const text = readFileSync(join(projectRoot, 'action.yml'), 'utf8');
    expect(text).toMatch(/using: node24\n\s+main: dist\/index\.js/);
  });

  it('is documented in the README: every input and output in its table', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const missing = [...declared('inputs'), ...declared('outputs')].filter(
      (name) => !new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm').test(readme),
    );
    expect(missing).toEqual([]);
  });
});
