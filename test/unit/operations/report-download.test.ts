import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import { downloadReport } from '../../../src/operations/reports/report-download.js';
import {
  financialTotalsColumns,
  ReportTotals,
  salesTotalsColumns,
} from '../../../src/operations/reports/report-totals.js';

/** A client whose downloads answer these gzip bytes in chunks of `chunkSize`. */
function clientServing(bytes: Buffer, chunkSize: number): AscClient {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize)
    chunks.push(bytes.subarray(at, at + chunkSize));
  return {
    downloadTo: async (_target: string, _accept: string, consume: (body: Readable) => unknown) =>
      consume(Readable.from(chunks)),
  } as unknown as AscClient;
}

const header = ['SKU', 'Title', 'Units', 'Developer Proceeds', 'Currency of Proceeds'].join('\t');
const sales = [
  header,
  'app\tDemo ✓\t10\t0\tUSD',
  'app.pro\tDemo Pro\t3\t2.09\tUSD',
  'app.pro\tDemo Pro\t2\t1.76\tEUR',
  'app.pro\tDemo Pro\t-1\t2.09\tUSD',
].join('\r\n');

describe('downloadReport', () => {
  it.each([1, 3, 64, 1 << 16])(
    'writes the decompressed text and counts rows whatever the chunking (%i bytes)',
    async (chunkSize) => {
      const dir = mkdtempSync(join(tmpdir(), 'report-'));
      const path = join(dir, 'nested', 'r.tsv');
      const report = await downloadReport(
        clientServing(gzipSync(sales + '\r\n'), chunkSize),
        '/v1/salesReports',
        path,
        salesTotalsColumns,
      );
      expect(readFileSync(path, 'utf8')).toBe(sales + '\r\n');
      expect(report.rows).toBe(4);
      expect(report.columns).toEqual(header.split('\t'));
      expect(report.totals).toEqual([
        { product: 'Demo Pro', sku: 'app.pro', currency: 'EUR', units: 2, proceeds: 3.52 },
        { product: 'Demo Pro', sku: 'app.pro', currency: 'USD', units: 2, proceeds: 4.18 },
        { product: 'Demo ✓', sku: 'app', currency: 'USD', units: 10, proceeds: 0 },
      ]);
      expect(readdirSync(join(dir, 'nested'))).toEqual(['r.tsv']);
    },
  );

  it('stops counting at the blank line before a finance trailer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const text = 'Title\tQuantity\n a\t1\n b\t2\n\nTotal_Rows\t2\nTotal_Units\t3\n';
    const report = await downloadReport(clientServing(gzipSync(text), 5), '/x', join(dir, 'f.tsv'));
    expect(report.rows).toBe(2);
    expect(report.totals).toBeUndefined();
  });

  it('leaves no file behind when the stream is corrupt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const broken = gzipSync(sales).subarray(0, 40);
    await expect(
      downloadReport(clientServing(broken, 8), '/x', join(dir, 'r.tsv')),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('ReportTotals', () => {
  it('sums total amounts (finance) and turns off without the needed columns', () => {
    const totals = new ReportTotals(financialTotalsColumns);
    expect(totals.setHeader(['Title', 'Quantity'])).toBe(false);
    expect(totals.enabled).toBe(false);
    const finance = new ReportTotals(financialTotalsColumns);
    finance.setHeader([
      'Vendor Identifier',
      'Title',
      'Quantity',
      'Extended Partner Share',
      'Partner Share Currency',
    ]);
    finance.add(['pro', 'Pro', '30', '62.70', 'USD']);
    finance.add(['pro', 'Pro', '3', '6.27', 'USD']);
    expect(finance.list()).toEqual([
      { product: 'Pro', sku: 'pro', currency: 'USD', units: 33, proceeds: 68.97 },
    ]);
  });
});
