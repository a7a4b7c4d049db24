import { AscApiError } from '../../asc/errors.js';
import { toQueryString } from '../../asc/query.js';
import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import {
  latestSalesReportDate,
  reportFrequencies,
  salesReportDateProblem,
} from './report-dates.js';
import { fetchReport, readReportPath, readVendorNumber, reportOutcome } from './report-outcome.js';
import { salesTotalsColumns } from './report-totals.js';

/** Apple's `filter[reportType]` and `filter[reportSubType]` values for sales reports. */
const reportTypes = [
  'SALES',
  'PRE_ORDER',
  'NEWSSTAND',
  'SUBSCRIPTION',
  'SUBSCRIPTION_EVENT',
  'SUBSCRIBER',
  'SUBSCRIPTION_OFFER_CODE_REDEMPTION',
  'INSTALLS',
  'FIRST_ANNUAL',
  'WIN_BACK_ELIGIBILITY',
] as const;
const reportSubTypes = [
  'SUMMARY',
  'DETAILED',
  'SUMMARY_INSTALL_TYPE',
  'SUMMARY_TERRITORY',
  'SUMMARY_CHANNEL',
] as const;

const availability: Record<string, string> = {
  DAILY:
    'Daily reports usually appear the next morning, Pacific time (this action defaults to the latest day due by 08:00 Pacific).',
  WEEKLY: 'Weekly reports (Monday to Sunday) usually appear on the Monday after the week.',
  MONTHLY: 'Monthly reports usually appear within a few days after the month ends.',
  YEARLY: 'Yearly reports usually appear within a few days after the year ends.',
};

export const downloadSalesReport = defineOperation({
  name: 'download-sales-report',
  parse: (inputs) => {
    const vendorNumber = readVendorNumber(inputs);
    const reportType = inputs.choice('report-type', reportTypes, 'SALES');
    const reportSubType = inputs.choice('report-sub-type', reportSubTypes, 'SUMMARY');
    const frequency = inputs.choice('frequency', reportFrequencies, 'DAILY');
    const reportDate = inputs.optional('report-date') ?? latestSalesReportDate(frequency);
    const problem = salesReportDateProblem(frequency, reportDate);
    if (problem) throw new InputError('report-date', problem);
    const reportVersion = inputs.optional('report-version');
    if (reportVersion !== undefined && !/^\d+_\d+$/.test(reportVersion)) {
      throw new InputError('report-version', `'${reportVersion}' is not a report version like 1_0`);
    }
    const fileName =
      `sales-${reportType}-${reportSubType}-${frequency}-${vendorNumber}-${reportDate}.tsv`.toLowerCase();
    return {
      vendorNumber,
      reportType,
      reportSubType,
      frequency,
      reportDate,
      reportVersion,
      path: readReportPath(inputs, fileName),
    };
  },
  async run({ client, log }, inputs) {
    const salesReportTarget = (version: string | undefined) =>
      '/v1/salesReports' +
      toQueryString({
        filter: {
          vendorNumber: inputs.vendorNumber,
          reportType: inputs.reportType,
          reportSubType: inputs.reportSubType,
          frequency: inputs.frequency,
          reportDate: inputs.reportDate,
          version,
        },
      });
    const request = {
      description: `${inputs.frequency.toLowerCase()} ${inputs.reportType} ${inputs.reportSubType} sales report`,
      reportDate: inputs.reportDate,
      vendorNumber: inputs.vendorNumber,
      target: salesReportTarget(inputs.reportVersion),
      path: inputs.path,
      // Units × per-unit proceeds by product: meaningful for SALES-like summaries.
      ...(inputs.reportSubType === 'SUMMARY' ? { totalsColumns: salesTotalsColumns } : {}),
      availability: availability[inputs.frequency] ?? '',
    };
    log.info(`Downloading the ${request.description} for ${inputs.reportDate}`);
    let reportVersion = inputs.reportVersion;
    const report = await fetchReport(client, request).catch((error: unknown) => {
      const latest = reportVersion === undefined ? latestVersionNamed(error) : undefined;
      if (latest === undefined) throw error;
      // Without filter[version] Apple assumes an old version, which it refuses for some report
      // types (SUBSCRIPTION needs 1_4), naming the version it serves: ask for that one.
      log.info(`Apple serves this report in version ${latest}; asking for that version.`);
      reportVersion = latest;
      return fetchReport(client, { ...request, target: salesReportTarget(latest) });
    });
    log.info(`${report.rows} rows written to ${report.path}`);
    return reportOutcome(request, report, {
      reportType: inputs.reportType,
      reportSubType: inputs.reportSubType,
      frequency: inputs.frequency,
      reportVersion: reportVersion ?? null,
    });
  },
});

/** The version Apple names when it refuses a report version: `The latest version for this report is 1_4.` */
export function latestVersionNamed(error: unknown): string | undefined {
  if (!(error instanceof AscApiError) || error.status !== 400) return undefined;
  for (const item of error.errors) {
    const named = /latest version for this report is (\d+_\d+)/i.exec(item.detail ?? '');
    if (named) return named[1];
  }
  return undefined;
}
