/**
 * The step summaries as a user sees them: GitHub renders GITHUB_STEP_SUMMARY as Markdown (GFM),
 * which passes the summary's HTML through. Each summary here is rendered so (with `marked`) and
 * its tables checked: well-formed (every cell and row closed), no empty header row, no empty cell,
 * links only to https. Plus what each summary must say: readable states, agreeing counts, named
 * duplicates, totals, and on failure the plan with what was done.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAppStoreReview, createBuild } from '../../src/emulator/index.js';
import { configureReports } from '../../src/emulator/resources/reports.js';
import { writeIpa, xmlInfoPlist } from '../fixtures/build-archives.js';
import { startTestAccount, type TestAccount } from './harness.js';

const app = 'com.example.demo';
const vendor = '81234567';
const dir = mkdtempSync(join(tmpdir(), 'summaries-'));
let t: TestAccount;
beforeAll(async () => {
  t = await startTestAccount({ processingDurationMs: 1 });
  configureReports(t.emulator.store, { vendorNumber: vendor, latestDay: '2025-03-10' });
});
afterAll(async () => {
  await t.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The summary as GitHub shows it: GitHub-flavoured Markdown rendered to HTML. */
function rendered(summary: string): string {
  return marked.parse(summary, { gfm: true, async: false });
}

/** What is wrong with the tables of rendered HTML (empty when nothing is). */
function tableProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: { tag: string; start: number }[] = [];
  const tableTags = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
  let row: { cells: string[]; header: boolean } | undefined;
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>/g)) {
    const [, closing, tag = '', attributes = ''] = match;
    if (tag === 'a' && !closing && !/href="https:\/\//.test(attributes)) {
      problems.push(`a link that is not https: ${match[0]}`);
    }
    if (!tableTags.has(tag)) continue;
    if (!closing) {
      stack.push({ tag, start: match.index + match[0].length });
      if (tag === 'tr') row = { cells: [], header: true };
      continue;
    }
    const open = stack.pop();
    if (open?.tag !== tag) {
      problems.push(`</${tag}> closes <${open?.tag ?? 'nothing'}>`);
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      const text = html
        .slice(open.start, match.index)
        .replace(/<[^>]*>/g, '')
        .trim();
      row?.cells.push(text);
      if (tag === 'td' && row) row.header = false;
      if (text === '') problems.push(`an empty <${tag}>`);
    }
    if (tag === 'tr' && row) {
      if (row.cells.length === 0) problems.push('a row without cells');
      if (row.header && row.cells.every((cell) => cell === ''))
        problems.push('an empty header row');
      row = undefined;
    }
  }
  for (const open of stack) problems.push(`<${open.tag}> never closed`);
  return problems;
}

async function summaryOf(inputs: Record<string, string>, exitCode = 0): Promise<string> {
  const run = await t.run(inputs);
  expect(run.exitCode, run.stdout).toBe(exitCode);
  expect(run.summary).not.toBe('');
  const html = rendered(run.summary);
  // SUMMARY_DUMP_DIR=/tmp/x keeps each rendered summary, to look at in a browser.
  const dump = process.env.SUMMARY_DUMP_DIR;
  if (dump) writeFileSync(join(dump, `${inputs.operation}-${exitCode}-${Date.now()}.html`), html);
  expect(tableProblems(html), html).toEqual([]);
  return html;
}

describe('step summaries, rendered as GitHub renders them', () => {
  it('the table check catches what it is meant to', () => {
    expect(tableProblems('<table><tr><th></th><th></th></tr></table>')).toContain(
      'an empty header row',
    );
    expect(tableProblems('<table><tr><td>a</td><td></td></tr></table>')).toContain('an empty <td>');
    expect(tableProblems('<table><tr><td>a</tr></table>')).toContain('</tr> closes <td>');
    expect(tableProblems('<a href="http://x">x</a>')).toHaveLength(1);
  });

  it('list-groups: public links as https links', async () => {
    const html = await summaryOf({ operation: 'list-groups', app });
    expect(html).toMatch(/<a href="https:\/\/testflight\.apple\.com\/join\/[^"]+">/);
  });

  it('distribute: states readable, one per row, the raw name kept as the tooltip', async () => {
    createBuild(t.emulator.store, {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
      version: '500',
    });
    const html = await summaryOf({
      operation: 'distribute',
      app,
      build: '500',
      group: 'External Testers\nPublic Beta',
      'whats-new': 'Notes',
      'submit-beta-review': 'true',
    });
    expect(html).toContain('<th>Stage</th><th>State</th>');
    expect(html).toContain('<td title="VALID">Valid</td>');
    expect(html).toMatch(/<td title="WAITING_FOR_BETA_REVIEW">Waiting for beta review<\/td>/);
    expect(html).not.toMatch(/>[A-Z]+_[A-Z_]+</); // no raw state name as the text of a cell
  });

  it('add-testers: counts that agree with the table, duplicates named', async () => {
    const html = await summaryOf({
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: 'new1@example.com\nnew2@example.com\ntester1@example.com\nNEW1@example.com',
    });
    expect(html).toContain(
      '3 tester(s) added: 1 existing tester(s) added to groups, 2 new tester(s) created;',
    );
    expect(html).toMatch(
      /<td>External Testers<\/td><td align="right">1<\/td><td align="right">2<\/td>/,
    );
    expect(html).toMatch(/Listed more than once, added once: [^<]*new1@example\.com/i);
  });

  it('upload-build: no empty header row', async () => {
    const ipa = join(dir, 'Summary.ipa');
    await writeIpa(ipa, xmlInfoPlist({ bundleId: app, version: '5.0', buildNumber: '501' }), {
      payloadBytes: 50_000,
    });
    const html = await summaryOf({ operation: 'upload-build', app, 'build-path': ipa });
    expect(html).toContain('<th>Item</th><th>Value</th>');
  });

  it('download-sales-report: numbers right-aligned and a totals row', async () => {
    const html = await summaryOf({
      operation: 'download-sales-report',
      'vendor-number': vendor,
      'report-date': '2025-03-09',
      'report-path': join(dir, 'sales.tsv'),
    });
    expect(html).toMatch(/<th align="right">Units<\/th><th align="right">Proceeds<\/th>/);
    expect(html).toMatch(
      /<tfoot><tr><th>Total \(\d+ products?\)<\/th><th>—<\/th><th>AUD<\/th><th align="right">\d+<\/th>/,
    );
    expect(html).toMatch(/<tr><th>Total \(\d+ products\)<\/th><th>—<\/th><th>all<\/th>/);
  });

  it('create-group: the new public link as a link', async () => {
    const html = await summaryOf({
      operation: 'create-group',
      app,
      group: 'Linked Group',
      'public-link-enabled': 'true',
    });
    expect(html).toMatch(
      /<h4>Public link<\/h4>\n<table>.*<td><a href="https:\/\/testflight\.apple\.com\/join\/[^"]+">/,
    );
  });

  it('remove-testers: repeated addresses named', async () => {
    const html = await summaryOf({
      operation: 'remove-testers',
      app,
      group: 'External Testers',
      testers: 'new2@example.com\nNEW2@example.com',
    });
    expect(html).toMatch(/Listed more than once, removed once: [^<]*new2@example\.com/i);
  });

  it.each<Record<string, string>>([
    { operation: 'list-testers', app },
    { operation: 'list-devices' },
    { operation: 'list-users' },
    { operation: 'list-certificates' },
    { operation: 'create-group', app, group: 'Summary Group', 'public-link-enabled': 'true' },
    { operation: 'update-group', app, group: 'Summary Group', 'feedback-enabled': 'false' },

    {
      operation: 'register-devices',
      devices: '00008030-00AA11BB22CC3344 Summary Phone',
      'dry-run': 'true',
    },
    {
      operation: 'invite-user',
      email: 'summary@example.com',
      'first-name': 'Sum',
      'last-name': 'Mary',
      roles: 'developer',
    },
    {
      operation: 'download-profiles',
      'bundle-id': app,
      'profile-type': 'IOS_APP_DEVELOPMENT',
      'profiles-dir': dir,
    },
    { operation: 'next-build-number', app },
    { operation: 'next-build-number', app, version: '1.1' },
    { operation: 'download-feedback', app, 'feedback-dir': join(dir, 'feedback') },
  ])('$operation: well-formed tables', async (inputs) => {
    const html = await summaryOf(inputs);
    expect(html).not.toMatch(/<td[^>]*>[A-Z]+_[A-Z_]+<\/td>/); // raw enum names only as tooltips
    expect(html).not.toMatch(/<h\d>[^<]*\b[A-Z]+_[A-Z_]+\b/); // nor in headings
  });

  it('submit-app-store: states, platform and release type readable, Apple names as tooltips', async () => {
    const html = await summaryOf({
      operation: 'submit-app-store',
      app,
      version: '1.1',
      build: '3',
      'whats-new': 'Faster sync.',
      'phased-release': 'true',
    });
    expect(html).toContain('<h3>App Store version 1.1 of Demo App: Waiting for review</h3>');
    expect(html).toContain(
      '<td>1.1</td><td title="IOS">iOS</td><td>1.1 (3)</td><td title="WAITING_FOR_REVIEW">Waiting for review</td><td title="AFTER_APPROVAL">After approval</td>',
    );
    expect(html).not.toMatch(/\bIOS\b(?!")/);
    expect(html).not.toMatch(/\b[A-Z]+_[A-Z_]+\b(?!")/);
  });

  it('release-app-store: well-formed tables, states readable', async () => {
    // The version submit-app-store sent above, approved for a manual release.
    const version = t.emulator.store
      .list('appStoreVersions')
      .find((v) => v.attributes.versionString === '1.1')!;
    version.attributes.releaseType = 'MANUAL';
    expect(advanceAppStoreReview(t.emulator.store, version.id)).toBe('IN_REVIEW');
    expect(advanceAppStoreReview(t.emulator.store, version.id)).toBe('PENDING_DEVELOPER_RELEASE');
    const html = await summaryOf({ operation: 'release-app-store', app, version: '1.1' });
    expect(html).not.toMatch(/<td[^>]*>[A-Z]+_[A-Z_]+<\/td>/);
    expect(html).toContain('<h3>App Store version 1.1 (iOS) of Demo App: Ready for sale</h3>');
    expect(html).toContain('<td title="READY_FOR_SALE">Ready for sale</td>');
    expect(html).not.toMatch(/\bIOS\b(?!")/); // Apple's platform name only as a tooltip
  });

  it('a failed run: the cause, the plan with each change done or not, and what was done', async () => {
    // Earlier tests' builds of 1.1 leave review, so that this one may be submitted.
    for (const submission of t.emulator.store.list('betaAppReviewSubmissions')) {
      if (
        ['WAITING_FOR_REVIEW', 'IN_REVIEW'].includes(String(submission.attributes.betaReviewState))
      )
        submission.attributes.betaReviewState = 'REJECTED';
    }
    createBuild(t.emulator.store, {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[1]!.id,
      version: '502',
    });
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'POST', path: '/v1/betaAppReviewSubmissions', fault: '500', times: 10 }],
    });
    try {
      const html = await summaryOf(
        {
          operation: 'distribute',
          app,
          build: '502',
          group: 'External Testers',
          'whats-new': 'Notes',
          'submit-beta-review': 'true',
          'max-retries': '1',
        },
        1,
      );
      expect(html).toContain('<h4>Planned changes</h4>');
      expect(html).toMatch(
        /<td>submit<\/td><td>build 1\.1 \(502\)<\/td><td>[^<]*<\/td><td>not applied<\/td>/,
      );
      expect(html).toMatch(/<td>create<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>done<\/td>/);
      expect(html).toContain('<h4>Already done before the failure</h4>');
    } finally {
      t.emulator.setFaults({});
    }
  });
});

describe('readableState', () => {
  it("reads Apple's enums as words, with Apple's own spellings", async () => {
    const { readableState } = await import('../../src/report/step-summary.js');
    expect(readableState('READY_FOR_BETA_TESTING')).toBe('Ready for beta testing');
    expect(readableState('IOS_APP_DEVELOPMENT')).toBe('iOS app development');
    expect(readableState('MAC_OS')).toBe('macOS');
    expect(readableState('MAC_OS_DEVELOPMENT')).toBe('macOS development');
    expect(readableState('IPAD')).toBe('iPad');
  });
});
