/**
 * The README's examples are what a newcomer copies: every ```yaml block must parse, and every step
 * that uses this action must name it the one way, pass only inputs action.yml declares, and be
 * complete (an operation and a key).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { projectRoot } from '../../scripts/lib/run-action.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const inputs = new Set(Object.keys(action.inputs));
/** The one placeholder for the action's owner and name, used throughout the README. */
const uses = 'your-org/app-store-connect-action@v1';

interface Block {
  line: number;
  text: string;
}

const yamlBlocks: Block[] = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => ({
  line: readme.slice(0, m.index).split('\n').length,
  text: m[1] ?? '',
}));

interface Step {
  uses: string;
  with?: Record<string, unknown>;
}

/**
 * Every mapping with a `uses:` naming this action, wherever it sits (a list of steps, a job). A
 * bare `with:` fragment (a mapping with `operation:` at the top) counts as a step without `uses`,
 * so that it fails as incomplete: a newcomer copies the whole block.
 */
function actionSteps(node: unknown, top = true): Step[] {
  if (Array.isArray(node)) return node.flatMap((item) => actionSteps(item, false));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (top && 'operation' in record)
    return [{ uses: '(none: a bare with: fragment)', with: record }];
  const own =
    typeof record.uses === 'string' && record.uses.includes('app-store-connect-action')
      ? [record as unknown as Step]
      : [];
  return [...own, ...Object.values(record).flatMap((value) => actionSteps(value, false))];
}

describe('README', () => {
  it('has yaml examples', () => {
    expect(yamlBlocks.length).toBeGreaterThan(10);
  });

  it('every ```yaml block parses', () => {
    const broken = yamlBlocks.flatMap((block) =>
      parseAllDocuments(block.text).flatMap((doc) =>
        doc.errors.map((e) => `line ${block.line}: ${e.message.split('\n')[0]}`),
      ),
    );
    expect(broken).toEqual([]);
  });

  const steps = yamlBlocks.flatMap((block) =>
    parseAllDocuments(block.text)
      .filter((doc) => doc.errors.length === 0)
      .flatMap((doc) => actionSteps(doc.toJS()))
      .map((step) => ({ ...step, line: block.line })),
  );

  it(`names the action one way: ${uses}`, () => {
    const others = steps
      .filter(
        (step) => step.uses !== uses && !step.uses.startsWith('your-org/app-store-connect-action/'),
      )
      .map((step) => `line ${step.line}: ${step.uses}`);
    expect(others).toEqual([]);
  });

  it('passes only inputs that action.yml declares', () => {
    const unknown = steps
      .filter((step) => step.uses === uses)
      .flatMap((step) =>
        Object.keys(step.with ?? {})
          .filter((name) => !inputs.has(name))
          .map((name) => `line ${step.line}: ${name}`),
      );
    expect(unknown).toEqual([]);
  });

  it('every workflow example that writes has a concurrency group', () => {
    const readOnly = new Set([
      'list-groups',
      'list-testers',
      'list-devices',
      'list-users',
      'list-certificates',
      'next-build-number',
      'wait-for-build',
      'download-sales-report',
      'download-finance-report',
      'download-profiles',
    ]);
    const writes = (step: Step) =>
      !readOnly.has(String(step.with?.operation)) || step.with?.['create-if-missing'] === true;
    const missing = yamlBlocks.flatMap((block) =>
      parseAllDocuments(block.text)
        .filter((doc) => doc.errors.length === 0)
        .flatMap((doc) => {
          const workflow = doc.toJS() as { concurrency?: unknown; jobs?: Record<string, unknown> };
          if (!workflow || typeof workflow !== 'object' || !workflow.jobs) return [];
          return Object.entries(workflow.jobs)
            .filter(([, job]) => actionSteps(job, false).some(writes))
            .filter(
              ([, job]) =>
                workflow.concurrency === undefined &&
                (job as { concurrency?: unknown }).concurrency === undefined,
            )
            .map(([name]) => `line ${block.line}: job ${name}`);
        }),
    );
    expect(missing).toEqual([]);
  });

  it('every example is complete: an operation and the key inputs', () => {
    const incomplete = steps
      .filter((step) => step.uses === uses || !step.uses.includes('/'))
      .flatMap((step) =>
        ['operation', 'key-id', 'private-key']
          .filter((name) => step.with?.[name] === undefined)
          .map((name) => `line ${step.line} (${String(step.with?.operation)}): no ${name}`),
      );
    expect(incomplete).toEqual([]);
  });
});
