import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuild } from '../../src/emulator/index.js';
import { writeIpa, xmlInfoPlist } from '../fixtures/build-archives.js';
import { errorLines, startTestAccount, writeRequests, type TestAccount } from './harness.js';

let t: TestAccount;
const dirs: string[] = [];
beforeAll(async () => {
  t = await startTestAccount();
});
afterAll(async () => {
  await t.emulator.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const app = 'com.example.demo';
let nextNumber = 300;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-git-'));
  dirs.push(dir);
  return dir;
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8' });
}

let clock = Date.parse('2026-01-01T00:00:00Z') / 1000;

/** An empty commit, one second after the one before (git orders the log by date). */
function commit(dir: string, subject: string): void {
  const date = `${clock++} +0000`;
  execFileSync('git', ['commit', '--allow-empty', '-q', '-m', subject], {
    cwd: dir,
    env: { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** A repository: two commits, tag v1.0, then three commits and a merged branch (one commit). */
function makeRepository(): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  commit(dir, 'Initial commit');
  commit(dir, 'Release 1.0');
  git(dir, 'tag', 'v1.0');
  commit(dir, 'Fix the login screen');
  git(dir, 'checkout', '-q', '-b', 'feature');
  commit(dir, 'Add dark mode 🌙');
  git(dir, 'checkout', '-q', 'main');
  commit(dir, 'Faster sync for lists <100 items');
  git(dir, 'merge', '-q', '--no-ff', '-m', "Merge branch 'feature'", 'feature');
  commit(dir, 'Update the privacy text');
  return dir;
}

function newBuild() {
  const build = createBuild(t.emulator.store, {
    appId: t.account.app.id,
    preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
    version: String(nextNumber++),
  });
  return { id: build.id, number: String(build.attributes.version) };
}

const whatsNewOf = (buildId: string) =>
  t.emulator.store
    .related('builds', buildId, 'betaBuildLocalizations')
    .map((id) => t.emulator.store.get('betaBuildLocalizations', id)!.attributes.whatsNew);

const warningsOf = (stdout: string) =>
  stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('What to Test from git', () => {
  it('lists the commit subjects since the newest tag, newest first, merges left out', async () => {
    const repo = makeRepository();
    const build = newBuild();
    const run = await t.run(
      { operation: 'set-whats-new', app, build: build.number, 'whats-new-from-git': 'true' },
      { env: { GITHUB_WORKSPACE: repo } },
    );
    expect(errorLines(run)).toEqual([]);
    expect(whatsNewOf(build.id)).toEqual([
      [
        '- Update the privacy text',
        '- Faster sync for lists 100 items',
        '- Add dark mode',
        '- Fix the login screen',
      ].join('\n'),
    ]);
    expect(run.stdout).toContain('What to Test from git: 4 commit(s) since v1.0, newest first.');
    // The emoji and '<' were removed, with a warning that names them.
    expect(warningsOf(run.stdout).join('\n')).toMatch(
      /whats-new-from-git: removed .*('<' 🌙|🌙 '<')/,
    );
  });

  it('starts at whats-new-since, and distribute takes it too', async () => {
    const repo = makeRepository();
    const build = newBuild();
    const run = await t.run(
      {
        operation: 'distribute',
        app,
        build: build.number,
        group: 'Internal QA',
        'whats-new-from-git': 'true',
        'whats-new-since': 'HEAD~3',
      },
      { env: { GITHUB_WORKSPACE: repo } },
    );
    expect(errorLines(run)).toEqual([]);
    // HEAD~3 (first parents) is 'Fix the login screen': the merge brings the feature commit in.
    expect(whatsNewOf(build.id)).toEqual([
      '- Update the privacy text\n- Faster sync for lists 100 items\n- Add dark mode',
    ]);
  });

  it('takes the last 20 commits when no tag is reachable', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '-b', 'main');
    for (let i = 1; i <= 25; i++) commit(repo, `Change ${i}`);
    const build = newBuild();
    const run = await t.run(
      { operation: 'set-whats-new', app, build: build.number, 'whats-new-from-git': 'true' },
      { env: { GITHUB_WORKSPACE: repo } },
    );
    expect(errorLines(run)).toEqual([]);
    const lines = String(whatsNewOf(build.id)[0]).split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('- Change 25');
    expect(lines[19]).toBe('- Change 6');
  });

  it('cuts at a whole line within 4000 bytes, with a warning', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '-b', 'main');
    commit(repo, 'Start');
    git(repo, 'tag', 'v0');
    const subject = (i: number) => `Change ${String(i).padStart(3, '0')} ${'é'.repeat(80)}`;
    for (let i = 1; i <= 30; i++) commit(repo, subject(i));
    const build = newBuild();
    const run = await t.run(
      { operation: 'set-whats-new', app, build: build.number, 'whats-new-from-git': 'true' },
      { env: { GITHUB_WORKSPACE: repo } },
    );
    expect(errorLines(run)).toEqual([]);
    const text = String(whatsNewOf(build.id)[0]);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(4000);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`- ${subject(30)}`);
    expect(lines.every((line) => /^- Change \d{3} é{80}$/.test(line))).toBe(true);
    expect(lines.length).toBeLessThan(30);
    expect(warningsOf(run.stdout).join('\n')).toContain(`lists the newest ${lines.length}`);
  });

  it('explains a shallow checkout: set fetch-depth: 0', async () => {
    const origin = makeRepository();
    const shallow = join(tempDir(), 'checkout');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, shallow], {
      env: gitEnv,
    });
    const build = newBuild();
    const run = await t.run(
      { operation: 'set-whats-new', app, build: build.number, 'whats-new-from-git': 'true' },
      { env: { GITHUB_WORKSPACE: shallow } },
    );
    expect(errorLines(run)).toEqual([]);
    expect(warningsOf(run.stdout).join('\n')).toContain('fetch-depth: 0');
    expect(whatsNewOf(build.id)).toEqual(['- Update the privacy text']);

    const refused = await t.run(
      {
        operation: 'set-whats-new',
        app,
        build: build.number,
        'whats-new-from-git': 'true',
        'whats-new-since': 'v1.0',
      },
      { env: { GITHUB_WORKSPACE: shallow } },
    );
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused).join('\n')).toMatch(/whats-new-since.*fetch-depth: 0/);
  });

  it('refuses a bad ref, a folder that is no checkout and a clash by name, before any request', async () => {
    const repo = makeRepository();
    t.emulator.clearRequests();
    const base = { operation: 'set-whats-new', app, build: '3', 'whats-new-from-git': 'true' };
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ 'whats-new-since': 'v9.9' }, repo, /whats-new-since.*'v9\.9' is not a tag/],
      [{ 'whats-new-since': '--output=/tmp/x' }, repo, /whats-new-since.*is not a ref/],
      [{}, tempDir(), /whats-new-from-git.*not a git checkout/],
      [{ 'whats-new': 'Hello' }, repo, /whats-new-from-git.*not both/],
    ];
    for (const [inputs, dir, message] of cases) {
      const run = await t.run({ ...base, ...inputs }, { env: { GITHUB_WORKSPACE: dir } });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).join('\n')).toMatch(message);
    }
    expect(t.emulator.requests).toEqual([]);
    expect(writeRequests(t.emulator)).toEqual([]);
  });

  it('upload-build hands whats-new-from-git on to distribute', async () => {
    const repo = makeRepository();
    // Uploaded builds finish processing at once, so that the chained distribute need not wait.
    const account = await startTestAccount({ processingDurationMs: 1 });
    try {
      const ipa = join(tempDir(), 'Demo.ipa');
      await writeIpa(ipa, xmlInfoPlist({ bundleId: app, version: '1.5', buildNumber: '70' }), {
        payloadBytes: 20_000,
      });
      const run = await account.run(
        {
          operation: 'upload-build',
          app,
          'build-path': ipa,
          group: 'Internal QA',
          'uses-non-exempt-encryption': 'false',
          'whats-new-from-git': 'true',
          'whats-new-since': 'HEAD~1',
        },
        { env: { GITHUB_WORKSPACE: repo } },
      );
      expect(run.exitCode, run.stdout).toBe(0);
      const { store } = account.emulator;
      const build = store.list('builds').find((b) => b.attributes.version === '70')!;
      const texts = store
        .related('builds', build.id, 'betaBuildLocalizations')
        .map((id) => store.get('betaBuildLocalizations', id)!.attributes.whatsNew);
      expect(texts).toEqual(['- Update the privacy text']);
    } finally {
      await account.emulator.close();
    }
  });
});
