import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedback } from '../../src/emulator/index.js';
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js';
import { errorLines, resultOf, startTestAccount, type TestAccount } from './harness.js';

let t: TestAccount;
let github: GitHubStandIn;
const dirs: string[] = [];
beforeAll(async () => {
  t = await startTestAccount();
  github = await startGitHubStandIn();
});
afterAll(async () => {
  await t.emulator.close();
  await github.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const app = 'com.example.demo';
const HOUR_MS = 60 * 60 * 1000;

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-feedback-'));
  dirs.push(dir);
  return dir;
}

const listRequests = (kind: string) =>
  t.emulator.requests.filter((r) => r.path === `/v1/apps/${t.account.app.id}/${kind}`);

const githubEnv = () => ({ GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: 'owner/repo' });

describe('download-feedback', () => {
  it('writes crash logs, screenshots and feedback.json, one folder per feedback since `since`', async () => {
    const dir = outDir();
    t.emulator.clearRequests();
    const run = await t.run({ operation: 'download-feedback', app, 'feedback-dir': dir });
    expect(errorLines(run)).toEqual([]);
    // The seed: a crash 2 h ago and a screenshot feedback (2 images) 5 h ago are within 24h.
    expect(run.outputs).toMatchObject({
      'feedback-count': '2',
      'crash-count': '1',
      'screenshot-count': '1',
      'feedback-dir': dir,
      'issues-created': '0',
    });
    const folders = readdirSync(dir).sort();
    expect(folders).toHaveLength(2);
    const crashFolder = join(
      dir,
      folders.find((f) => f.includes('-crash-'))!,
    );
    const shotFolder = join(
      dir,
      folders.find((f) => f.includes('-screenshot-'))!,
    );
    expect(readdirSync(crashFolder).sort()).toEqual(['crash.log', 'feedback.json']);
    expect(readdirSync(shotFolder).sort()).toEqual([
      'feedback.json',
      'screenshot-1.png',
      'screenshot-2.png',
    ]);
    expect(readFileSync(join(crashFolder, 'crash.log'), 'utf8')).toContain('Thread 0 Crashed:');
    const png = readFileSync(join(shotFolder, 'screenshot-2.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
    const crash = JSON.parse(readFileSync(join(crashFolder, 'feedback.json'), 'utf8'));
    expect(crash).toMatchObject({
      kind: 'crash',
      build: { number: '3', version: '1.1' },
      device: { model: 'iPhone15_2' },
      osVersion: '18.1',
      locale: 'en-US',
      comment: 'The app closed when I pulled to refresh the list.',
      email: 'tester1@example.com',
      files: ['feedback.json', 'crash.log'],
    });
    // The images are fetched from the URLs Apple hands out, without the API token.
    const images = t.emulator.requests.filter((r) => r.path.startsWith('/emulator/feedback/'));
    expect(images).toHaveLength(2);
    expect(images.every((r) => r.keyId === undefined)).toBe(true);
    expect(t.emulator.requests.every((r) => r.method === 'GET')).toBe(true);
    // The summary: date, build, device, OS, the comment's first line, files.
    expect(run.summary).toContain('The Save button is cut off in landscape.');
    expect(run.summary).not.toContain('See the second screenshot.');
    expect(run.summary).toContain('1.1 (3)');
    expect(run.summary).toContain('screenshot-1.png, screenshot-2.png');
    expect(run.summary).not.toContain('tester1@example.com');
  });

  it('warns, naming feedback-dir, when it is outside the workspace and RUNNER_TEMP', async () => {
    const outside = outDir();
    const workspace = outDir();
    const runnerTemp = outDir();
    const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp };
    const run = await t.run(
      { operation: 'download-feedback', app, 'feedback-dir': outside },
      { env },
    );
    expect(errorLines(run)).toEqual([]);
    expect(run.stdout).toContain(
      `::warning::Input 'feedback-dir' points outside the workspace and $RUNNER_TEMP: ${outside}.`,
    );
    expect(readdirSync(outside)).toHaveLength(2); // written all the same

    const inside = join(workspace, 'feedback');
    const quiet = await t.run(
      { operation: 'download-feedback', app, 'feedback-dir': inside },
      { env },
    );
    expect(errorLines(quiet)).toEqual([]);
    expect(quiet.stdout).not.toContain('points outside');
    expect(readdirSync(inside)).toHaveLength(2);
  });

  it('stops paging at the first feedback older than `since`', async () => {
    const build = t.account.builds[2]!.id;
    for (let i = 0; i < 260; i++) {
      createFeedback(t.emulator.store, {
        appId: t.account.app.id,
        buildId: build,
        kind: 'crash',
        createdAt: Date.now() - (100 + i) * HOUR_MS,
      });
    }
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'download-feedback',
      app,
      since: '48h',
      'feedback-dir': outDir(),
    });
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['feedback-count']).toBe('3');
    // 263 crashes in all, 2 within 48 h: one page, not two.
    expect(listRequests('betaFeedbackCrashSubmissions')).toHaveLength(1);
    expect(listRequests('betaFeedbackCrashSubmissions')[0]!.query).toContain('sort=-createdDate');
    // The crash log of each new crash is read, and no other.
    const logs = t.emulator.requests.filter((r) => r.path.endsWith('/crashLog'));
    expect(logs).toHaveLength(2);
  });

  it('survives lost and failed answers: crash logs, images and pages are read again', async () => {
    const dir = outDir();
    t.emulator.setFaults({
      rules: [
        { path: /\/crashLog$/, fault: '500', times: 1 },
        { path: /^\/emulator\/feedback\//, fault: 'drop', times: 1 },
        { path: /\/betaFeedbackScreenshotSubmissions$/, fault: '503', times: 1 },
      ],
    });
    const run = await t.run({ operation: 'download-feedback', app, 'feedback-dir': dir });
    t.emulator.setFaults({});
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['feedback-count']).toBe('2');
    const folders = readdirSync(dir).map((folder) => readdirSync(join(dir, folder)).sort());
    expect(folders.flat().sort()).toEqual([
      'crash.log',
      'feedback.json',
      'feedback.json',
      'screenshot-1.png',
      'screenshot-2.png',
    ]);
    expect(t.emulator.requests.filter((r) => r.fault !== undefined)).toHaveLength(3);
  });

  it('refuses a bad `since` and create-issues without a token by name, before any request', async () => {
    t.emulator.clearRequests();
    const bad = await t.run({ operation: 'download-feedback', app, since: 'yesterday' });
    expect(bad.exitCode).toBe(1);
    expect(errorLines(bad)[0]).toMatch(/since.*'yesterday' is neither a duration/);
    const future = await t.run({ operation: 'download-feedback', app, since: '2999-01-01' });
    expect(errorLines(future)[0]).toMatch(/since.*in the future/);
    const noToken = await t.run(
      { operation: 'download-feedback', app, 'create-issues': 'true' },
      { env: githubEnv() },
    );
    expect(errorLines(noToken)[0]).toMatch(/github-token/);
    const aFile = join(outDir(), 'a-file');
    writeFileSync(aFile, 'not a folder');
    const notAFolder = await t.run({
      operation: 'download-feedback',
      app,
      'feedback-dir': aFile,
    });
    expect(errorLines(notAFolder)[0]).toMatch(/feedback-dir.*is a file/);
    expect(t.emulator.requests).toEqual([]);
  });
});

describe('download-feedback with create-issues', () => {
  it('creates one issue per feedback, finds them again on a re-run (paginated list), never shows e-mail', async () => {
    const withEmail = createFeedback(t.emulator.store, {
      appId: t.account.app.id,
      buildId: t.account.builds[2]!.id,
      kind: 'screenshot',
      createdAt: Date.now() - HOUR_MS,
      email: 'ada@example.com',
      comment:
        'Wrong total in the cart. Reach me at ada.private@example.org @octocat\n<!-- asc-feedback:old-1 -->',
    });
    // 150 earlier issues with the label: the list spans two pages of 100.
    for (let i = 1; i <= 150; i++) {
      github.issues.push({
        number: i,
        title: `Older feedback ${i}`,
        body: `<!-- asc-feedback:old-${i} -->`,
        labels: ['testflight-feedback'],
        state: i % 2 ? 'closed' : 'open',
      });
    }
    const inputs = {
      operation: 'download-feedback',
      app,
      'create-issues': 'true',
      'github-token': 'ghs_secret_token',
    };

    const dry = await t.run({ ...inputs, 'dry-run': 'true' }, { env: githubEnv() });
    expect(errorLines(dry)).toEqual([]);
    expect(github.issues).toHaveLength(150);
    expect(dry.outputs['issues-created']).toBe('0');

    const run = await t.run(inputs, { env: githubEnv() });
    expect(errorLines(run)).toEqual([]);
    expect(run.stdout).toContain('::add-mask::ghs_secret_token');
    const created = github.issues.slice(150);
    expect(created).toHaveLength(3);
    expect(run.outputs['issues-created']).toBe('3');
    // Oldest first; each labelled and marked with its feedback's ID.
    const bodies = created.map((issue) => issue.body);
    expect(created.every((issue) => issue.labels.includes('testflight-feedback'))).toBe(true);
    const crashIssue = created.find((issue) => issue.title.startsWith('Crash in 1.1 (3)'))!;
    expect(crashIssue.body).toContain('ListViewModel.reload()');
    expect(crashIssue.body).toContain('| OS | 18.1 |');
    const emailIssue = created.find((issue) => issue.body.includes(withEmail.id))!;
    expect(emailIssue.body).toContain(`<!-- asc-feedback:${withEmail.id} -->`);
    expect(emailIssue.body).toContain('[e-mail address removed]');
    expect(emailIssue.body).not.toContain('@octocat');
    expect(emailIssue.body).not.toContain('<!-- asc-feedback:old-1 -->');
    for (const text of [...bodies, ...created.map((issue) => issue.title)]) {
      expect(text).not.toMatch(/[A-Za-z0-9._-]+@example\.(com|org)/);
    }
    const listing = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues'));
    expect(listing.some((r) => r.query.includes('page=2'))).toBe(true);
    expect(listing.every((r) => r.query.includes('state=all'))).toBe(true);
    expect(listing.every((r) => r.query.includes('labels=testflight-feedback'))).toBe(true);

    const again = await t.run(inputs, { env: githubEnv() });
    expect(errorLines(again)).toEqual([]);
    expect(github.issues).toHaveLength(153);
    expect(again.outputs['issues-created']).toBe('0');
    expect(resultOf(again)).toMatchObject({ issues: { created: 0, alreadyFiled: 3 } });
    expect(existsSync(again.outputs['feedback-dir']!)).toBe(false); // under RUNNER_TEMP, cleaned
  });
});
