import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/run-action.js';

const srcRoot = join(projectRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Static imports of project files that load a value (type-only imports load nothing). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(
    /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)';/gms,
  )) {
    const [, typeOnly, specifier] = match as unknown as [string, string | undefined, string];
    if (typeOnly) continue;
    found.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
  }
  for (const match of text.matchAll(/^import\s+'(\.[^']+)';/gm)) {
    found.push(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
  }
  return found;
}

const files = sourceFiles(srcRoot);
const graph = new Map(files.map((file) => [file, valueImports(file)]));
const name = (file: string) => relative(srcRoot, file);

/** Every cycle of value imports, each as the list of files around it. */
function findCycles(): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).map(name));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

/** Any import (value or type) from a file under `from` to a file under one of `to`. */
function importsAcross(from: (file: string) => boolean, to: (file: string) => boolean): string[] {
  return files.filter(from).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/from\s+'(\.[^']+)'/g)]
      .map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
      .filter(to)
      .map((target) => `${name(file)} → ${name(target)}`);
  });
}

const under =
  (...dirs: string[]) =>
  (file: string) =>
    dirs.some((dir) => name(file).startsWith(`${dir}/`) || name(file) === dir);

describe('dependencies run one way', () => {
  it('has no cycle of value imports in src/', () => {
    expect(findCycles()).toEqual([]);
  });

  it('keeps the action and the emulator apart', () => {
    expect(importsAcross(under('emulator'), (f) => !under('emulator')(f))).toEqual([]);
    expect(importsAcross((f) => !under('emulator')(f), under('emulator'))).toEqual([]);
  });

  it('lets nothing below the entry import the entry or the settings', () => {
    const entry = under('main.ts', 'index.ts', 'inputs.ts', 'action-io.ts');
    const lower = (file: string) => !entry(file) && !under('emulator')(file);
    // Operations may name the settings' types (the context carries them), never load them.
    const valueEdges = files
      .filter(lower)
      .flatMap((file) =>
        (graph.get(file) ?? []).filter(entry).map((t) => `${name(file)} → ${name(t)}`),
      );
    expect(valueEdges).toEqual([]);
  });

  it('keeps the client and the auth free of operations', () => {
    expect(importsAcross(under('asc', 'auth'), under('operations', 'report'))).toEqual([]);
  });
});
