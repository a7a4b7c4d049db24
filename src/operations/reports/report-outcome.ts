import { join } from 'node:path';
import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import type { SummaryCell, SummarySection } from '../../report/step-summary.js';
import type { OperationOutcome } from '../operation.js';
import { downloadReport, type DownloadedReport } from './report-download.js';
import type { ProductTotal, TotalsColumns } from './report-totals.js';

/** `report-path`, else `<RUNNER_TEMP or the system temp dir>/<fileName>`. */
export function readReportPath(inputs: InputReader, fileName: string): string {
  return inputs.outputPath('report-path') ?? join(inputs.tempDir, fileName);
}

export interface ReportRequest {
  /** e.g. `DAILY SALES SUMMARY sales report`. */
  description: string;
  reportDate: string;
  vendorNumber: string;
  target: string;
  path: string;
  totalsColumns?: TotalsColumns;
  /** When Apple publishes such reports, for the message when one is not there yet. */
  availability: string;
}

/**
 * Downloads the report. Apple's 404 (not processed yet, or no sales) stays an API error, with
 * Apple's status, code and detail, and says which report is missing and when such reports appear.
 */
export async function fetchReport(
  client: AscClient,
  request: ReportRequest,
): Promise<DownloadedReport> {
  try {
    return await downloadReport(client, request.target, request.path, request.totalsColumns);
  } catch (error) {
    if (error instanceof AscApiError && error.status === 404) {
      throw new AscApiError({
        method: error.method,
        path: error.path,
        status: error.status,
        errors: error.errors,
        reason: `the ${request.description} for ${request.reportDate} (vendor ${request.vendorNumber}) is not available: Apple has no report for that date yet, or none at all. ${request.availability}`,
        cause: error,
      });
    }
    throw error;
  }
}

const summaryRows = 50;

function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The outcome of a report download: `result`, outputs and the step summary. */
/**
 * The totals of every product (not only those listed): one row per currency of proceeds (amounts
 * in different currencies do not add up), then, for several currencies, the units of all.
 */
function totalsRows(totals: ProductTotal[]): SummaryCell[][] {
  const byCurrency = new Map<string, { units: number; proceeds: number; products: number }>();
  for (const t of totals) {
    const sum = byCurrency.get(t.currency) ?? { units: 0, proceeds: 0, products: 0 };
    sum.units += t.units;
    sum.proceeds += t.proceeds;
    sum.products++;
    byCurrency.set(t.currency, sum);
  }
  const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`;
  const rows: SummaryCell[][] = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => [
      `Total (${products(sum.products)})`,
      '—',
      currency,
      String(sum.units),
      formatAmount(sum.proceeds),
    ]);
  if (byCurrency.size > 1) {
    const units = totals.reduce((sum, t) => sum + t.units, 0);
    rows.push([`Total (${products(totals.length)})`, '—', 'all', String(units), '—']);
  }
  return rows;
}

export function reportOutcome(
  request: ReportRequest,
  report: DownloadedReport,
  extra: Record<string, unknown>,
): OperationOutcome {
  const sections: SummarySection[] = [
    {
      lines: [
        `${report.rows} rows written to ${report.path} (${(report.bytes / 1024).toFixed(1)} KiB).`,
      ],
    },
  ];
  if (report.totals) {
    const shown = report.totals.slice(0, summaryRows);
    sections.push({
      heading: 'Units and proceeds by product and currency',
      lines:
        report.totals.length > shown.length
          ? [`${report.totals.length} products; the first ${shown.length} are listed.`]
          : [],
      table: {
        header: ['Product', 'SKU', 'Currency', 'Units', 'Proceeds'],
        align: [undefined, undefined, undefined, 'right', 'right'],
        rows: shown.map((t) => [
          t.product,
          t.sku,
          t.currency,
          String(t.units),
          formatAmount(t.proceeds),
        ]),
        footer: totalsRows(report.totals),
      },
    });
  }
  return {
    result: {
      ...extra,
      vendorNumber: request.vendorNumber,
      reportDate: request.reportDate,
      reportPath: report.path,
      rows: report.rows,
      bytes: report.bytes,
      columns: report.columns,
      totals: report.totals ?? null,
    },
    outputs: {
      'report-path': report.path,
      'report-rows': report.rows,
      'report-date': request.reportDate,
    },
    summary: {
      title: `${request.description[0]?.toUpperCase()}${request.description.slice(1)} for ${request.reportDate}`,
      sections,
    },
  };
}

export function readVendorNumber(inputs: InputReader): string {
  const vendor = inputs.required(
    'vendor-number',
    'it names the vendor (Payments and Financial Reports shows it)',
  );
  if (!/^\d{5,12}$/.test(vendor)) {
    throw new InputError('vendor-number', `'${vendor}' is not a vendor number (digits)`);
  }
  return vendor;
}
