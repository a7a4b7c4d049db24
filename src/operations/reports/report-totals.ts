/** Which columns of a TSV report give the product, units, proceeds and currency. */
export interface TotalsColumns {
  /** The column that identifies the product (SKU), and the one that names it. */
  key: string;
  label: string;
  units: string;
  amount: string;
  /** True when `amount` is per unit (sales reports' Developer Proceeds), false when it is a total. */
  amountPerUnit: boolean;
  currency: string;
}

export const salesTotalsColumns: TotalsColumns = {
  key: 'SKU',
  label: 'Title',
  units: 'Units',
  amount: 'Developer Proceeds',
  amountPerUnit: true,
  currency: 'Currency of Proceeds',
};

export const financialTotalsColumns: TotalsColumns = {
  key: 'Vendor Identifier',
  label: 'Title',
  units: 'Quantity',
  amount: 'Extended Partner Share',
  amountPerUnit: false,
  currency: 'Partner Share Currency',
};

export const financeDetailTotalsColumns: TotalsColumns = {
  ...financialTotalsColumns,
  key: 'SKU',
};

export interface ProductTotal {
  product: string;
  sku: string;
  currency: string;
  units: number;
  proceeds: number;
}

/** Sums units and proceeds by product and currency, one row at a time. */
export class ReportTotals {
  private readonly totals = new Map<string, ProductTotal>();
  private indexes: Record<keyof Omit<TotalsColumns, 'amountPerUnit'>, number> | undefined;

  constructor(private readonly columns: TotalsColumns) {}

  /** Takes the header row; false when the report lacks a needed column (no totals then). */
  setHeader(header: string[]): boolean {
    const { key, label, units, amount, currency } = this.columns;
    const found = { key, label, units, amount, currency };
    const indexes = Object.fromEntries(
      Object.entries(found).map(([name, column]) => [name, header.indexOf(column)]),
    ) as NonNullable<typeof this.indexes>;
    if (Object.values(indexes).some((index) => index < 0)) return false;
    this.indexes = indexes;
    return true;
  }

  add(fields: string[]): void {
    const at = this.indexes;
    if (!at) return;
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

  get enabled(): boolean {
    return this.indexes !== undefined;
  }

  /** By currency, then by proceeds (largest first); proceeds rounded to cents. */
  list(): ProductTotal[] {
    return [...this.totals.values()]
      .map((total) => ({ ...total, proceeds: Math.round(total.proceeds * 100) / 100 }))
      .sort((a, b) => a.currency.localeCompare(b.currency) || b.proceeds - a.proceeds);
  }
}

function toNumber(text: string | undefined): number {
  const value = Number((text ?? '').trim().replace(/,/g, ''));
  return Number.isFinite(value) ? value : 0;
}
