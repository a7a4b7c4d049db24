import { gzipSync } from 'node:zlib';
import { appleErrors, errorAnswer } from '../apple-errors.js';
import type { ErrorAnswer } from '../apple-errors.js';
import { DAY_MS } from '../dates.js';
import type { Answer, HookContext, OperationRequest, ResourceHooks } from '../hooks.js';
import type { EmulatorStore } from '../store.js';

/** Which reports the emulated account has. */
export interface ReportCatalog {
  /** The vendor number whose reports exist (Payments and Financial Reports shows it). */
  vendorNumber: string;
  /** The last day Apple has processed, `YYYY-MM-DD`; default: yesterday (UTC) by the emulator's clock. */
  latestDay?: string;
  /** Extra copies of every product's rows in a report, to make large reports (default 1). */
  repeat?: number;
}

export const defaultVendorNumber = '80012345';
const catalogs = new WeakMap<EmulatorStore, ReportCatalog>();

/** Sets which vendor number has reports, up to which day, and how large they are. */
export function configureReports(store: EmulatorStore, catalog: Partial<ReportCatalog>): void {
  catalogs.set(store, { ...catalogOf(store), ...catalog });
}

function catalogOf(store: EmulatorStore): ReportCatalog {
  return catalogs.get(store) ?? { vendorNumber: defaultVendorNumber };
}

export const salesSummaryColumns = [
  'Provider',
  'Provider Country',
  'SKU',
  'Developer',
  'Title',
  'Version',
  'Product Type Identifier',
  'Units',
  'Developer Proceeds',
  'Begin Date',
  'End Date',
  'Customer Currency',
  'Country Code',
  'Currency of Proceeds',
  'Apple Identifier',
  'Customer Price',
  'Promo Code',
  'Parent Identifier',
  'Subscription',
  'Period',
  'Category',
  'CMB',
  'Device',
  'Supported Platforms',
  'Proceeds Reason',
  'Preserved Pricing',
  'Client',
];

export const financialColumns = [
  'Start Date',
  'End Date',
  'UPC',
  'ISRC/ISBN',
  'Vendor Identifier',
  'Quantity',
  'Partner Share',
  'Extended Partner Share',
  'Partner Share Currency',
  'Sales or Return',
  'Apple Identifier',
  'Artist/Show/Developer/Author',
  'Title',
  'Label/Studio/Network/Developer/Publisher',
  'Grid',
  'Product Type Identifier',
  'ISAN/Other Identifier',
  'Country Of Sale',
  'Pre-order Flag',
  'Promo Code',
  'Customer Price',
  'Customer Currency',
];

export const financeDetailColumns = [
  'Transaction Date',
  'Settlement Date',
  'Apple Identifier',
  'SKU',
  'Title',
  'Developer Name',
  'Product Type Identifier',
  'Country of Sale',
  'Quantity',
  'Partner Share',
  'Extended Partner Share',
  'Partner Share Currency',
  'Customer Price',
  'Customer Currency',
  'Sale or Return',
  'Promo Code',
  'Order Type',
  'Region',
];

interface Storefront {
  country: string;
  currency: string;
  region: string;
  /** Price of the in-app purchase and the developer's share of it, in the storefront's currency. */
  price: number;
  proceeds: number;
}

const storefronts: Storefront[] = [
  { country: 'US', currency: 'USD', region: 'US', price: 2.99, proceeds: 2.09 },
  { country: 'CA', currency: 'CAD', region: 'CA', price: 3.99, proceeds: 2.79 },
  { country: 'GB', currency: 'GBP', region: 'GB', price: 2.99, proceeds: 2.09 },
  { country: 'DE', currency: 'EUR', region: 'EU', price: 2.99, proceeds: 1.76 },
  { country: 'FR', currency: 'EUR', region: 'EU', price: 2.99, proceeds: 1.74 },
  { country: 'JP', currency: 'JPY', region: 'JP', price: 450, proceeds: 315 },
  { country: 'AU', currency: 'AUD', region: 'AU', price: 4.49, proceeds: 2.86 },
];

interface Product {
  sku: string;
  title: string;
  appleId: string;
  type: string;
  parent: string;
  paid: boolean;
}

/** Every app of the account sells as a free download plus a "Pro" in-app purchase. */
function productsOf(store: EmulatorStore): Product[] {
  return store.list('apps').flatMap((app) => {
    const sku = String(app.attributes.sku ?? app.attributes.bundleId ?? app.id);
    const title = String(app.attributes.name ?? sku);
    return [
      { sku, title, appleId: app.id, type: '1F', parent: '', paid: false },
      {
        sku: `${sku}.pro`,
        title: `${title} Pro`,
        appleId: String(9_000_000_000 + Number(app.id.replace(/\D/g, '').slice(-6) || 0)),
        type: 'IA1',
        parent: sku,
        paid: true,
      },
    ];
  });
}

/** Deterministic small numbers, so that the same report always has the same rows. */
function units(...parts: string[]): number {
  let hash = 2166136261;
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return 1 + ((hash >>> 0) % 40);
}

interface Period {
  begin: number;
  end: number;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const usDate = (ms: number) => {
  const [y, m, d] = day(ms).split('-');
  return `${m}/${d}/${y}`;
};
const parseDay = (text: string) => Date.parse(`${text}T00:00:00Z`);

/** The days a report covers, from Apple's `reportDate` format for the frequency; undefined if malformed. */
function salesPeriod(frequency: string, reportDate: string): Period | undefined {
  if (frequency === 'DAILY' || frequency === 'WEEKLY') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(reportDate) || Number.isNaN(parseDay(reportDate))) return;
    const end = parseDay(reportDate);
    if (frequency === 'DAILY') return { begin: end, end };
    if (new Date(end).getUTCDay() !== 0) return; // a week is named by the Sunday that ends it
    return { begin: end - 6 * DAY_MS, end };
  }
  if (frequency === 'MONTHLY') return monthPeriod(reportDate);
  if (!/^\d{4}$/.test(reportDate)) return;
  const year = Number(reportDate);
  return { begin: Date.UTC(year, 0, 1), end: Date.UTC(year, 11, 31) };
}

function monthPeriod(reportDate: string): Period | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(reportDate);
  if (!match) return;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return;
  return { begin: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 0) };
}

const reportDateFormats: Record<string, string> = {
  DAILY: 'YYYY-MM-DD',
  WEEKLY: 'YYYY-MM-DD (a Sunday, the last day of the week)',
  MONTHLY: 'YYYY-MM',
  YEARLY: 'YYYY',
};

function latestDay(catalog: ReportCatalog, ctx: HookContext): number {
  return catalog.latestDay ? parseDay(catalog.latestDay) : parseDay(day(ctx.now() - DAY_MS));
}

const notAvailable = (what: string) =>
  errorAnswer(
    404,
    'NOT_FOUND',
    'The specified resource does not exist',
    `The request expected results but none were found - ${what} is not available yet.`,
  );

function checkVendor(query: URLSearchParams, catalog: ReportCatalog): ErrorAnswer | undefined {
  const vendor = query.get('filter[vendorNumber]') ?? '';
  if (vendor === catalog.vendorNumber) return undefined;
  return appleErrors.forbidden(
    `You are not permitted to view reports for the vendor number '${vendor}'.`,
  );
}

function tsv(header: string[], rows: string[][], trailer: string[][] = []): Buffer {
  const lines = [header, ...rows].map((cells) => cells.join('\t'));
  if (trailer.length > 0) lines.push('', ...trailer.map((cells) => cells.join('\t')));
  return gzipSync(lines.join('\n') + '\n');
}

const gzipAnswer = (body: Buffer): Answer => ({
  status: 200,
  body,
  headers: { 'Content-Type': 'application/a-gzip' },
});

function salesReport(request: OperationRequest, ctx: HookContext): Answer | ErrorAnswer {
  const { query } = request;
  const catalog = catalogOf(ctx.store);
  const refused = checkVendor(query, catalog);
  if (refused) return refused;
  const type = query.get('filter[reportType]');
  const subType = query.get('filter[reportSubType]');
  if (type !== 'SALES' || subType !== 'SUMMARY') {
    return appleErrors.invalidParameter(
      'filter[reportSubType]',
      `The emulator serves SALES SUMMARY reports; ${type} ${subType} is not modelled.`,
    );
  }
  const version = query.get('filter[version]') ?? '1_0';
  if (version !== '1_0' && version !== '1_1') {
    return appleErrors.invalidParameter(
      'filter[version]',
      `'${version}' is not a valid version for SALES SUMMARY reports; use 1_0 or 1_1.`,
    );
  }
  const frequency = query.get('filter[frequency]') ?? 'DAILY';
  const latest = latestDay(catalog, ctx);
  const reportDate = query.get('filter[reportDate]') ?? day(latest);
  const period = salesPeriod(frequency, reportDate);
  if (!period) {
    return appleErrors.invalidParameter(
      'filter[reportDate]',
      `'${reportDate}' is not a valid date for ${frequency} reports; use ${reportDateFormats[frequency] ?? 'YYYY-MM-DD'}.`,
    );
  }
  if (period.end > latest) return notAvailable(`the ${frequency} report for ${reportDate}`);

  const header = version === '1_1' ? [...salesSummaryColumns, 'Order Type'] : salesSummaryColumns;
  const days = Math.round((period.end - period.begin) / DAY_MS) + 1;
  const rows: string[][] = [];
  for (let copy = 0; copy < (catalog.repeat ?? 1); copy++) {
    for (const product of productsOf(ctx.store)) {
      for (const store of storefronts) {
        const count = units(reportDate, product.sku, store.country, String(copy)) * days;
        const row = [
          'APPLE',
          'US',
          product.sku,
          'Example Developer',
          product.title,
          product.paid ? '' : '1.2',
          product.type,
          String(count),
          product.paid ? store.proceeds.toFixed(2) : '0',
          usDate(period.begin),
          usDate(period.end),
          store.currency,
          store.country,
          store.currency,
          product.appleId,
          product.paid ? store.price.toFixed(2) : '0',
          '',
          product.parent || '',
          '',
          '',
          'Productivity',
          '',
          'iPhone',
          'iOS',
          '',
          '',
          '',
        ];
        if (version === '1_1') row.push('');
        rows.push(row);
      }
    }
  }
  return gzipAnswer(tsv(header, rows));
}

function financeReport(request: OperationRequest, ctx: HookContext): Answer | ErrorAnswer {
  const { query } = request;
  const catalog = catalogOf(ctx.store);
  const refused = checkVendor(query, catalog);
  if (refused) return refused;
  const type = query.get('filter[reportType]') ?? 'FINANCIAL';
  const region = query.get('filter[regionCode]') ?? '';
  const reportDate = query.get('filter[reportDate]') ?? '';
  const period = monthPeriod(reportDate);
  if (!period) {
    return appleErrors.invalidParameter(
      'filter[reportDate]',
      `'${reportDate}' is not a valid fiscal month; use YYYY-MM.`,
    );
  }
  if (type === 'FINANCE_DETAIL' && region !== 'Z1') {
    return appleErrors.invalidParameter(
      'filter[regionCode]',
      `FINANCE_DETAIL reports use the region code Z1, not '${region}'.`,
    );
  }
  const regions = new Set(storefronts.map((s) => s.region));
  if (type === 'FINANCIAL' && region !== 'ZZ' && !regions.has(region)) {
    return appleErrors.invalidParameter(
      'filter[regionCode]',
      `'${region}' is not a region code of this account; use ZZ or one of ${[...regions].join(', ')}.`,
    );
  }
  if (period.end > latestDay(catalog, ctx)) {
    return notAvailable(`the ${type} report for ${reportDate}`);
  }
  const sold = storefronts.filter((s) => region === 'ZZ' || region === 'Z1' || s.region === region);
  const paid = productsOf(ctx.store).filter((p) => p.paid);
  const sales: { product: Product; store: Storefront; quantity: number }[] = [];
  for (let copy = 0; copy < (catalog.repeat ?? 1); copy++) {
    for (const product of paid) {
      for (const store of sold) {
        sales.push({
          product,
          store,
          quantity: units(reportDate, product.sku, store.country, String(copy)) * 30,
        });
      }
    }
  }
  const extended = (s: (typeof sales)[number]) => (s.quantity * s.store.proceeds).toFixed(2);
  if (type === 'FINANCE_DETAIL') {
    const rows = sales.map((s) => [
      usDate(period.end),
      usDate(period.end + 30 * DAY_MS),
      s.product.appleId,
      s.product.sku,
      s.product.title,
      'Example Developer',
      s.product.type,
      s.store.country,
      String(s.quantity),
      s.store.proceeds.toFixed(2),
      extended(s),
      s.store.currency,
      s.store.price.toFixed(2),
      s.store.currency,
      'S',
      '',
      '',
      s.store.region,
    ]);
    return gzipAnswer(tsv(financeDetailColumns, rows));
  }
  const rows = sales.map((s) => [
    usDate(period.begin),
    usDate(period.end),
    '',
    '',
    s.product.sku,
    String(s.quantity),
    s.store.proceeds.toFixed(2),
    extended(s),
    s.store.currency,
    'S',
    s.product.appleId,
    'Example Developer',
    s.product.title,
    '',
    '',
    s.product.type,
    '',
    s.store.country,
    '',
    '',
    s.store.price.toFixed(2),
    s.store.currency,
  ]);
  const totalUnits = sales.reduce((sum, s) => sum + s.quantity, 0);
  const totalAmount = sales.reduce((sum, s) => sum + Number(extended(s)), 0);
  return gzipAnswer(
    tsv(financialColumns, rows, [
      ['Total_Rows', String(rows.length)],
      ['Total_Amount', totalAmount.toFixed(2)],
      ['Total_Units', String(totalUnits)],
    ]),
  );
}

export const reportHooks: ResourceHooks[] = [
  { type: 'salesReports', operations: { salesReports_getCollection: salesReport } },
  { type: 'financeReports', operations: { financeReports_getCollection: financeReport } },
];
