export const id = 621;
export const ids = [621];
export const modules = {

/***/ 2733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ toQueryString)
/* harmony export */ });
/* unused harmony export toQueryPairs */
/** Builds App Store Connect query strings: `filter[...]`, `fields[...]`, `include`, `sort`, `limit`. */
function formatValue(value) {
    return Array.isArray(value) ? value.join(',') : String(value);
}
/** Percent-encodes a value but keeps the commas that separate list items readable. */
function encodeValue(value) {
    return encodeURIComponent(value).replace(/%2C/gi, ',');
}
/** Keeps the brackets of `filter[email]` literal, as App Store Connect documents them. */
function encodeName(name) {
    return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}
function toQueryPairs(query = {}) {
    const pairs = [];
    const push = (name, value) => {
        if (value === undefined)
            return;
        if (Array.isArray(value) && value.length === 0)
            return;
        pairs.push([name, formatValue(value)]);
    };
    for (const [name, value] of Object.entries(query.filter ?? {}))
        push(`filter[${name}]`, value);
    for (const [type, names] of Object.entries(query.fields ?? {}))
        push(`fields[${type}]`, names);
    push('include', query.include);
    push('sort', query.sort);
    push('limit', query.limit);
    for (const [relationship, limit] of Object.entries(query.limits ?? {})) {
        push(`limit[${relationship}]`, limit);
    }
    for (const [name, value] of Object.entries(query.extra ?? {}))
        push(name, value);
    return pairs;
}
function toQueryString(query = {}) {
    const pairs = toQueryPairs(query);
    if (pairs.length === 0)
        return '';
    return '?' + pairs.map(([name, value]) => `${encodeName(name)}=${encodeValue(value)}`).join('&');
}


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation)
/* harmony export */ });
function defineOperation(operation) {
    return operation;
}


/***/ }),

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
;// CONCATENATED MODULE: ./src/operations/reports/report-dates.ts
/**
 * Which report date is due. Apple processes a day's sales overnight and publishes daily reports
 * in the morning, Pacific time, of the following day. The rule used here: after 08:00 Pacific the
 * latest daily report is yesterday's (Pacific date), before that the day before yesterday's. A week
 * (Monday to Sunday) is due once its Sunday's daily report is; a month once the month is over; a
 * year once the year is over; finance reports are asked for the previous month.
 */
const reportFrequencies = [
    'DAILY',
    'WEEKLY',
    'MONTHLY',
    'YEARLY',
];
/** Daily reports are taken to be published by this hour, Pacific time, on the following day. */
const dailyReportReadyHourPacific = 8;
const dayMs = 24 * 60 * 60 * 1000;
/** The calendar date (YYYY-MM-DD) and hour in Cupertino at `now`. */
function pacificClock(now) {
    const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'America/Los_Angeles',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        hourCycle: 'h23',
    }).formatToParts(now);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
    return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMsOf = (date) => Date.parse(`${date}T00:00:00Z`);
/** The latest date whose report is due for the frequency, in Apple's `reportDate` format. */
function latestSalesReportDate(frequency, now = new Date()) {
    const pacific = pacificClock(now);
    const daysBack = pacific.hour >= dailyReportReadyHourPacific ? 1 : 2;
    const latestDaily = dayMsOf(pacific.date) - daysBack * dayMs;
    switch (frequency) {
        case 'DAILY':
            return toDay(latestDaily);
        case 'WEEKLY':
            return toDay(latestDaily - new Date(latestDaily).getUTCDay() * dayMs); // back to Sunday
        case 'MONTHLY':
            return previousMonth(pacific.date);
        case 'YEARLY':
            return String(Number(pacific.date.slice(0, 4)) - 1);
    }
}
/** The previous calendar month (YYYY-MM), the latest finance report that is due. */
function latestFinanceReportDate(now = new Date()) {
    return previousMonth(pacificClock(now).date);
}
function previousMonth(date) {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
const formats = {
    DAILY: 'YYYY-MM-DD',
    WEEKLY: 'YYYY-MM-DD, the Sunday that ends the week',
    MONTHLY: 'YYYY-MM',
    YEARLY: 'YYYY',
};
function isRealDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const ms = dayMsOf(text);
    return !Number.isNaN(ms) && toDay(ms) === text;
}
function isMonth(text) {
    const match = /^\d{4}-(\d{2})$/.exec(text);
    return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= 12;
}
/** What is wrong with a sales `report-date` for the frequency, or undefined when it is right. */
function salesReportDateProblem(frequency, date) {
    const wrong = `'${date}' is not a ${frequency.toLowerCase()} report date; use ${formats[frequency]}`;
    switch (frequency) {
        case 'DAILY':
            return isRealDay(date) ? undefined : wrong;
        case 'WEEKLY': {
            if (!isRealDay(date))
                return wrong;
            const weekday = new Date(dayMsOf(date)).getUTCDay();
            if (weekday === 0)
                return undefined;
            const sunday = toDay(dayMsOf(date) + (7 - weekday) * dayMs);
            return `'${date}' is not a Sunday; a weekly report is named by the Sunday that ends the week (${sunday} for that week)`;
        }
        case 'MONTHLY':
            return isMonth(date) ? undefined : wrong;
        case 'YEARLY':
            return /^\d{4}$/.test(date) ? undefined : wrong;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/operations/reports/report-totals.ts
const salesTotalsColumns = {
    key: 'SKU',
    label: 'Title',
    units: 'Units',
    amount: 'Developer Proceeds',
    amountPerUnit: true,
    currency: 'Currency of Proceeds',
};
const financialTotalsColumns = {
    key: 'Vendor Identifier',
    label: 'Title',
    units: 'Quantity',
    amount: 'Extended Partner Share',
    amountPerUnit: false,
    currency: 'Partner Share Currency',
};
const financeDetailTotalsColumns = {
    ...financialTotalsColumns,
    key: 'SKU',
};
/** Sums units and proceeds by product and currency, one row at a time. */
class ReportTotals {
    columns;
    totals = new Map();
    indexes;
    constructor(columns) {
        this.columns = columns;
    }
    /** Takes the header row; false when the report lacks a needed column (no totals then). */
    setHeader(header) {
        const { key, label, units, amount, currency } = this.columns;
        const found = { key, label, units, amount, currency };
        const indexes = Object.fromEntries(Object.entries(found).map(([name, column]) => [name, header.indexOf(column)]));
        if (Object.values(indexes).some((index) => index < 0))
            return false;
        this.indexes = indexes;
        return true;
    }
    add(fields) {
        const at = this.indexes;
        if (!at)
            return;
        const sku = fields[at.key] ?? '';
        const currency = fields[at.currency] ?? '';
        const units = toNumber(fields[at.units]);
        const amount = toNumber(fields[at.amount]);
        const id = `${sku}\u0000${currency}`;
        let total = this.totals.get(id);
        if (!total) {
            total = { product: fields[at.label] || sku, sku, currency, units: 0, proceeds: 0 };
            this.totals.set(id, total);
        }
        total.units += units;
        total.proceeds += this.columns.amountPerUnit ? units * amount : amount;
    }
    get enabled() {
        return this.indexes !== undefined;
    }
    /** By currency, then by proceeds (largest first); proceeds rounded to cents. */
    list() {
        return [...this.totals.values()]
            .map((total) => ({ ...total, proceeds: Math.round(total.proceeds * 100) / 100 }))
            .sort((a, b) => a.currency.localeCompare(b.currency) || b.proceeds - a.proceeds);
    }
}
function toNumber(text) {
    const value = Number((text ?? '').trim().replace(/,/g, ''));
    return Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./src/operations/reports/report-download.ts








/**
 * Passes the decompressed TSV through unchanged while counting its rows and summing its totals,
 * holding at most one partial line in memory.
 */
class TsvTally extends external_node_stream_.Transform {
    totals;
    rows = 0;
    columns = [];
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    partial = '';
    sawHeader = false;
    ended = false;
    constructor(totals) {
        super();
        this.totals = totals;
    }
    _transform(chunk, _encoding, callback) {
        this.scan(this.decoder.write(chunk), false);
        callback(null, chunk);
    }
    _flush(callback) {
        this.scan(this.decoder.end(), true);
        callback();
    }
    scan(text, last) {
        const lines = (this.partial + text).split('\n');
        this.partial = last ? '' : (lines.pop() ?? '');
        for (const raw of lines)
            this.line(raw.replace(/\r$/, ''));
    }
    line(line) {
        if (this.ended)
            return;
        if (!this.sawHeader) {
            if (line.trim() === '')
                return;
            this.sawHeader = true;
            this.columns = line.split('\t');
            this.totals?.setHeader(this.columns);
            return;
        }
        if (line.trim() === '') {
            this.ended = true;
            return;
        }
        this.rows++;
        this.totals?.add(line.split('\t'));
    }
}
/**
 * Downloads a gzip report and writes it decompressed to `path`, streaming: the report is never
 * held in memory. The file appears only once complete (written to `<path>.partial`, then renamed).
 */
async function downloadReport(client, target, path, totalsColumns) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const partial = `${path}.partial`;
    // Each attempt starts over: a fresh tally and a fresh partial file.
    const { tally, totals } = await client.downloadTo(target, 'application/a-gzip', async (gzip) => {
        const totals = totalsColumns ? new ReportTotals(totalsColumns) : undefined;
        const tally = new TsvTally(totals);
        try {
            await (0,external_node_stream_promises_.pipeline)(gzip, (0,external_node_zlib_.createGunzip)(), tally, (0,external_node_fs_.createWriteStream)(partial));
        }
        catch (error) {
            await (0,promises_.rm)(partial, { force: true });
            throw error;
        }
        return { tally, totals };
    });
    await (0,promises_.rename)(partial, path);
    return {
        path,
        rows: tally.rows,
        bytes: (await (0,promises_.stat)(path)).size,
        columns: tally.columns,
        ...(totals?.enabled ? { totals: totals.list() } : {}),
    };
}

;// CONCATENATED MODULE: ./src/operations/reports/report-outcome.ts




/** `report-path`, else `<RUNNER_TEMP or the system temp dir>/<fileName>`. */
function readReportPath(inputs, fileName) {
    return inputs.outputPath('report-path') ?? (0,external_node_path_.join)(inputs.tempDir, fileName);
}
/**
 * Downloads the report. Apple's 404 (not processed yet, or no sales) stays an API error, with
 * Apple's status, code and detail, and says which report is missing and when such reports appear.
 */
async function fetchReport(client, request) {
    try {
        return await downloadReport(client, request.target, request.path, request.totalsColumns);
    }
    catch (error) {
        if (error instanceof errors/* AscApiError */.o && error.status === 404) {
            throw new errors/* AscApiError */.o({
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
function formatAmount(value) {
    return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
/** The outcome of a report download: `result`, outputs and the step summary. */
/**
 * The totals of every product (not only those listed): one row per currency of proceeds (amounts
 * in different currencies do not add up), then, for several currencies, the units of all.
 */
function totalsRows(totals) {
    const byCurrency = new Map();
    for (const t of totals) {
        const sum = byCurrency.get(t.currency) ?? { units: 0, proceeds: 0, products: 0 };
        sum.units += t.units;
        sum.proceeds += t.proceeds;
        sum.products++;
        byCurrency.set(t.currency, sum);
    }
    const products = (n) => `${n} product${n === 1 ? '' : 's'}`;
    const rows = [...byCurrency.entries()]
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
function reportOutcome(request, report, extra) {
    const sections = [
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
            lines: report.totals.length > shown.length
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
function readVendorNumber(inputs) {
    const vendor = inputs.required('vendor-number', 'it names the vendor (Payments and Financial Reports shows it)');
    if (!/^\d{5,12}$/.test(vendor)) {
        throw new input_error/* InputError */.d('vendor-number', `'${vendor}' is not a vendor number (digits)`);
    }
    return vendor;
}

;// CONCATENATED MODULE: ./src/operations/reports/download-finance-report.ts






const reportTypes = ['FINANCIAL', 'FINANCE_DETAIL'];
const downloadFinanceReport = (0,operation/* defineOperation */.h)({
    name: 'download-finance-report',
    parse: (inputs) => {
        const vendorNumber = readVendorNumber(inputs);
        const reportType = inputs.choice('report-type', reportTypes, 'FINANCIAL');
        // ZZ: all regions consolidated; FINANCE_DETAIL reports exist for Z1 only.
        const regionCode = (inputs.optional('region-code') ?? (reportType === 'FINANCE_DETAIL' ? 'Z1' : 'ZZ')).toUpperCase();
        if (!/^[A-Z0-9]{2}$/.test(regionCode)) {
            throw new input_error/* InputError */.d('region-code', `'${regionCode}' is not a region code such as ZZ, US or EU`);
        }
        if (reportType === 'FINANCE_DETAIL' && regionCode !== 'Z1') {
            throw new input_error/* InputError */.d('region-code', `FINANCE_DETAIL reports use region code Z1, not ${regionCode}`);
        }
        const reportDate = inputs.optional('report-date') ?? latestFinanceReportDate();
        if (!isMonth(reportDate)) {
            throw new input_error/* InputError */.d('report-date', `'${reportDate}' is not a fiscal month; use YYYY-MM`);
        }
        const fileName = `finance-${reportType}-${regionCode}-${vendorNumber}-${reportDate}.tsv`.toLowerCase();
        return {
            vendorNumber,
            reportType,
            regionCode,
            reportDate,
            path: readReportPath(inputs, fileName),
        };
    },
    async run({ client, log }, inputs) {
        const target = '/v1/financeReports' +
            (0,query/* toQueryString */.z)({
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
            totalsColumns: inputs.reportType === 'FINANCE_DETAIL'
                ? financeDetailTotalsColumns
                : financialTotalsColumns,
            availability: 'Finance reports follow Apple\u2019s fiscal calendar and appear early in the next fiscal month.',
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

;// CONCATENATED MODULE: ./src/operations/reports/download-sales-report.ts







/** Apple's `filter[reportType]` and `filter[reportSubType]` values for sales reports. */
const download_sales_report_reportTypes = [
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
];
const reportSubTypes = [
    'SUMMARY',
    'DETAILED',
    'SUMMARY_INSTALL_TYPE',
    'SUMMARY_TERRITORY',
    'SUMMARY_CHANNEL',
];
const availability = {
    DAILY: 'Daily reports usually appear the next morning, Pacific time (this action defaults to the latest day due by 08:00 Pacific).',
    WEEKLY: 'Weekly reports (Monday to Sunday) usually appear on the Monday after the week.',
    MONTHLY: 'Monthly reports usually appear within a few days after the month ends.',
    YEARLY: 'Yearly reports usually appear within a few days after the year ends.',
};
const downloadSalesReport = (0,operation/* defineOperation */.h)({
    name: 'download-sales-report',
    parse: (inputs) => {
        const vendorNumber = readVendorNumber(inputs);
        const reportType = inputs.choice('report-type', download_sales_report_reportTypes, 'SALES');
        const reportSubType = inputs.choice('report-sub-type', reportSubTypes, 'SUMMARY');
        const frequency = inputs.choice('frequency', reportFrequencies, 'DAILY');
        const reportDate = inputs.optional('report-date') ?? latestSalesReportDate(frequency);
        const problem = salesReportDateProblem(frequency, reportDate);
        if (problem)
            throw new input_error/* InputError */.d('report-date', problem);
        const reportVersion = inputs.optional('report-version');
        if (reportVersion !== undefined && !/^\d+_\d+$/.test(reportVersion)) {
            throw new input_error/* InputError */.d('report-version', `'${reportVersion}' is not a report version like 1_0`);
        }
        const fileName = `sales-${reportType}-${reportSubType}-${frequency}-${vendorNumber}-${reportDate}.tsv`.toLowerCase();
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
        const salesReportTarget = (version) => '/v1/salesReports' +
            (0,query/* toQueryString */.z)({
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
        const report = await fetchReport(client, request).catch((error) => {
            const latest = reportVersion === undefined ? latestVersionNamed(error) : undefined;
            if (latest === undefined)
                throw error;
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
function latestVersionNamed(error) {
    if (!(error instanceof errors/* AscApiError */.o) || error.status !== 400)
        return undefined;
    for (const item of error.errors) {
        const named = /latest version for this report is (\d+_\d+)/i.exec(item.detail ?? '');
        if (named)
            return named[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/operations/reports/index.ts


const operations = [downloadSalesReport, downloadFinanceReport];


/***/ })

};
