import { toQueryString } from '../../asc/query.js';
import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { isMonth, latestFinanceReportDate } from './report-dates.js';
import { fetchReport, readReportPath, readVendorNumber, reportOutcome } from './report-outcome.js';
import { financeDetailTotalsColumns, financialTotalsColumns } from './report-totals.js';

const reportTypes = ['FINANCIAL', 'FINANCE_DETAIL'] as const;

export const downloadFinanceReport = defineOperation({
  name: 'download-finance-report',
  parse: (inputs) => {
    const vendorNumber = readVendorNumber(inputs);
    const reportType = inputs.choice('report-type', reportTypes, 'FINANCIAL');
    // ZZ: all regions consolidated; FINANCE_DETAIL reports exist for Z1 only.
    const regionCode = (
      inputs.optional('region-code') ?? (reportType === 'FINANCE_DETAIL' ? 'Z1' : 'ZZ')
    ).toUpperCase();
    if (!/^[A-Z0-9]{2}$/.test(regionCode)) {
      throw new InputError(
        'region-code',
        `'${regionCode}' is not a region code such as ZZ, US or EU`,
      );
    }
    if (reportType === 'FINANCE_DETAIL' && regionCode !== 'Z1') {
      throw new InputError(
        'region-code',
        `FINANCE_DETAIL reports use region code Z1, not ${regionCode}`,
      );
    }
    const reportDate = inputs.optional('report-date') ?? latestFinanceReportDate();
    if (!isMonth(reportDate)) {
      throw new InputError('report-date', `'${reportDate}' is not a fiscal month; use YYYY-MM`);
    }
    const fileName =
      `finance-${reportType}-${regionCode}-${vendorNumber}-${reportDate}.tsv`.toLowerCase();
    return {
      vendorNumber,
      reportType,
      regionCode,
      reportDate,
      path: readReportPath(inputs, fileName),
    };
  },
  async run({ client, log }, inputs) {
    const target =
      '/v1/financeReports' +
      toQueryString({
        filter: {
          vendorNumber: inputs.vendorNumber,
          reportType: inputs.reportType,
          regionCode: inputs.regionCode,
          reportDate: inputs.reportDate,
        },
      });
    const request = {
      description: `${inputs.reportType} finance report (region ${inputs.regionCode})`,
      reportDate: inputs.reportDate,
      vendorNumber: inputs.vendorNumber,
      target,
      path: inputs.path,
      totalsColumns:
        inputs.reportType === 'FINANCE_DETAIL'
          ? financeDetailTotalsColumns
          : financialTotalsColumns,
      availability:
        'Finance reports follow Apple\u2019s fiscal calendar and appear early in the next fiscal month.',
    };
    log.info(`Downloading the ${request.description} for ${inputs.reportDate}`);
    const report = await fetchReport(client, request);
    log.info(`${report.rows} rows written to ${report.path}`);
    return reportOutcome(request, report, {
      reportType: inputs.reportType,
      regionCode: inputs.regionCode,
    });
  },
});
