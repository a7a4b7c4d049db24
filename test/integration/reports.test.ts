import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  configureReports,
  financialColumns,
  salesSummaryColumns,
} from '../../src/emulator/resources/reports.js';
import { visibleLog } from '../../scripts/lib/run-action.js';
import { errorLines, resultOf, startTestAccount, type TestAccount } from './harness.js';

const vendor = '81234567';
let t: TestAccount;
let dir: string;

beforeAll(async () => {
  t = await startTestAccount();
  configureReports(t.emulator.store, { vendorNumber: vendor, latestDay: '2025-03-10' });
});
afterAll(async () => {
  await t.emulator.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-'));
  t.emulator.setFaults({});
  t.emulator.clearRequests();
});

function tsvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

describe('download-sales-report', () => {
  it('writes the decompressed TSV, counts rows and sums units and proceeds', async () => {
    const path = join(dir, 'daily.tsv');
    const run = await t.run({
      operation: 'download-sales-report',
      'vendor-number': vendor,
      frequency: 'daily',
      'report-date': '2025-03-09',
      'report-path': path,
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const [header, ...rows] = tsvRows(path);
    expect(header).toEqual(salesSummaryColumns);
    expect(rows.length).toBeGreaterThan(0);
    expect(run.outputs['report-path']).toBe(path);
    expect(run.outputs['report-rows']).toBe(String(rows.length));
    // The test's folder is outside the workspace and RUNNER_TEMP: written, with a warning naming it.
    expect(run.stdout).toContain(
      `::warning::Input 'report-path' points outside the workspace and $RUNNER_TEMP: ${path}.`,
    );

    const request = t.emulator.requests.find((r) => r.path === '/v1/salesReports')!;
    const query = new URLSearchParams(request.query);
    expect(Object.fromEntries(query)).toEqual({
      'filter[vendorNumber]': vendor,
      'filter[reportType]': 'SALES',
      'filter[reportSubType]': 'SUMMARY',
      'filter[frequency]': 'DAILY',
      'filter[reportDate]': '2025-03-09',
    });

    // The totals equal what the file says, summed independently here.
    const at = (name: string) => header!.indexOf(name);
    const expected = new Map<string, { units: number; proceeds: number }>();
    for (const row of rows) {
      const key = `${row[at('SKU')]}|${row[at('Currency of Proceeds')]}`;
      const units = Number(row[at('Units')]);
      const total = expected.get(key) ?? { units: 0, proceeds: 0 };
      total.units += units;
      total.proceeds += units * Number(row[at('Developer Proceeds')]);
      expected.set(key, total);
    }
    const totals = resultOf(run).totals as {
      sku: string;
      currency: string;
      units: number;
      proceeds: number;
    }[];
    expect(totals).toHaveLength(expected.size);
    for (const total of totals) {
      const want = expected.get(`${total.sku}|${total.currency}`)!;
      expect(total.units).toBe(want.units);
      expect(total.proceeds).toBeCloseTo(want.proceeds, 2);
    }
    expect(run.summary).toContain('Units and proceeds by product and currency');
    expect(run.summary).toContain('Demo App Pro');
    expect(readdirSync(dir)).toEqual(['daily.tsv']); // no partial file left behind
  });

  it('defaults report-date to the latest due week and writes under RUNNER_TEMP', async () => {
    configureReports(t.emulator.store, { latestDay: new Date().toISOString().slice(0, 10) });
    const run = await t.run(
      { operation: 'download-sales-report', 'vendor-number': vendor, frequency: 'WEEKLY' },
      { env: { RUNNER_TEMP: dir } },
    );
    configureReports(t.emulator.store, { latestDay: '2025-03-10' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const date = run.outputs['report-date']!;
    expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
    expect(run.outputs['report-path']).toBe(
      join(dir, `sales-sales-summary-weekly-${vendor}-${date}.tsv`),
    );
    expect(existsSync(run.outputs['report-path']!)).toBe(true);
    const rows = tsvRows(run.outputs['report-path']!);
    expect(rows[1]?.[salesSummaryColumns.indexOf('End Date')]).toBe(
      `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`,
    );
  });

  it('says clearly that a date is not processed yet, naming it', async () => {
    const path = join(dir, 'future.tsv');
    const run = await t.run({
      operation: 'download-sales-report',
      'vendor-number': vendor,
      'report-date': '2025-03-11',
      'report-path': path,
    });
    expect(run.exitCode).toBe(1);
    const lines = errorLines(run);
    expect(lines.join('\n')).toContain('sales report for 2025-03-11');
    expect(lines.join('\n')).toContain('not available');
    // Still an API error: Apple's status, code and detail, and the request, are named.
    expect(lines.join('\n')).toContain('GET /v1/salesReports?');
    expect(lines.join('\n')).toContain('404 NOT_FOUND');
    const failure = resultOf(run).error as Record<string, unknown>;
    expect(failure).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(failure.detail).toContain('none were found');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.partial`)).toBe(false);
  });

  it('refuses a malformed date before any request', async () => {
    const run = await t.run({
      operation: 'download-sales-report',
      'vendor-number': vendor,
      frequency: 'WEEKLY',
      'report-date': '2025-03-05',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain(
      "Input 'report-date' is invalid: '2025-03-05' is not a Sunday",
    );
    expect(errorLines(run)[0]).toContain('2025-03-09');
    expect(t.emulator.requests).toEqual([]);
  });

  it('streams a large report under faults, never duplicating rows', async () => {
    configureReports(t.emulator.store, { repeat: 2000 });
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'GET', path: '/v1/salesReports', fault: '503', times: 1 },
        { method: 'GET', path: '/v1/salesReports', fault: 'drop', times: 1 },
        { method: 'GET', path: '/v1/salesReports', fault: '429', times: 1 },
      ],
    });
    const path = join(dir, 'big.tsv');
    const run = await t.run({
      operation: 'download-sales-report',
      'vendor-number': vendor,
      frequency: 'MONTHLY',
      'report-date': '2025-02',
      'report-path': path,
      'max-retries': '10',
    });
    configureReports(t.emulator.store, { repeat: 1 });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const apps = t.emulator.store.list('apps').length;
    const expectedRows = 2000 * apps * 2 * 7;
    expect(run.outputs['report-rows']).toBe(String(expectedRows));
    expect(tsvRows(path)).toHaveLength(expectedRows + 1);
    expect(t.emulator.requests.filter((r) => r.path === '/v1/salesReports')).toHaveLength(4);
  });
});

describe('download-finance-report', () => {
  it('writes the report, counting rows but not the totals trailer', async () => {
    const path = join(dir, 'finance.tsv');
    const run = await t.run({
      operation: 'download-finance-report',
      'vendor-number': vendor,
      'report-date': '2025-02',
      'report-path': path,
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const text = readFileSync(path, 'utf8');
    const [header] = tsvRows(path);
    expect(header).toEqual(financialColumns);
    const totalRows = /Total_Rows\t(\d+)/.exec(text)?.[1];
    expect(run.outputs['report-rows']).toBe(totalRows);
    const query = new URLSearchParams(t.emulator.requests[0]!.query);
    expect(query.get('filter[regionCode]')).toBe('ZZ');
    expect(query.get('filter[reportType]')).toBe('FINANCIAL');
    const totals = resultOf(run).totals as { currency: string; proceeds: number }[];
    const sum = totals.reduce((s, x) => s + x.proceeds, 0);
    expect(sum).toBeCloseTo(Number(/Total_Amount\t([\d.]+)/.exec(text)?.[1]), 1);
  });

  it('refuses a region other than Z1 for FINANCE_DETAIL, and an unprocessed month', async () => {
    const bad = await t.run({
      operation: 'download-finance-report',
      'vendor-number': vendor,
      'report-type': 'FINANCE_DETAIL',
      'region-code': 'US',
      'report-date': '2025-02',
    });
    expect(errorLines(bad)[0]).toContain("Input 'region-code' is invalid");
    const early = await t.run({
      operation: 'download-finance-report',
      'vendor-number': vendor,
      'report-date': '2025-03',
      'report-path': join(dir, 'x.tsv'),
    });
    expect(early.exitCode).toBe(1);
    expect(errorLines(early).join('\n')).toContain('for 2025-03');
  });
});
