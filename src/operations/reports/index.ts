import type { AnyOperation } from '../operation.js';
import { downloadFinanceReport } from './download-finance-report.js';
import { downloadSalesReport } from './download-sales-report.js';

export const operations: AnyOperation[] = [downloadSalesReport, downloadFinanceReport];
