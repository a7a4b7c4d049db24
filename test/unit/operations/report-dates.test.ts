import { describe, expect, it } from 'vitest';
import {
  latestFinanceReportDate,
  latestSalesReportDate,
  pacificClock,
  salesReportDateProblem,
} from '../../../src/operations/reports/report-dates.js';

// 2025-03-12 is a Wednesday. 15:00 UTC is 08:00 PDT (daylight saving time began on March 9).
const wednesdayMorning = new Date('2025-03-12T15:30:00Z');
const wednesdayDawn = new Date('2025-03-12T14:30:00Z');

describe('report dates', () => {
  it('reads the Pacific calendar date and hour', () => {
    expect(pacificClock(wednesdayMorning)).toEqual({ date: '2025-03-12', hour: 8 });
    expect(pacificClock(new Date('2025-01-01T05:00:00Z'))).toEqual({
      date: '2024-12-31',
      hour: 21,
    });
  });

  it('takes yesterday after 08:00 Pacific, the day before before then', () => {
    expect(latestSalesReportDate('DAILY', wednesdayMorning)).toBe('2025-03-11');
    expect(latestSalesReportDate('DAILY', wednesdayDawn)).toBe('2025-03-10');
  });

  it('takes the last complete week, named by its Sunday', () => {
    expect(latestSalesReportDate('WEEKLY', wednesdayMorning)).toBe('2025-03-09');
    // Monday 2025-03-10 before 08:00 PDT: Sunday's daily report is not due, so the week before.
    expect(latestSalesReportDate('WEEKLY', new Date('2025-03-10T14:00:00Z'))).toBe('2025-03-02');
    expect(latestSalesReportDate('WEEKLY', new Date('2025-03-10T16:00:00Z'))).toBe('2025-03-09');
  });

  it('takes the previous month and year, across the year boundary', () => {
    expect(latestSalesReportDate('MONTHLY', wednesdayMorning)).toBe('2025-02');
    expect(latestSalesReportDate('MONTHLY', new Date('2025-01-15T20:00:00Z'))).toBe('2024-12');
    expect(latestSalesReportDate('YEARLY', wednesdayMorning)).toBe('2024');
    expect(latestFinanceReportDate(new Date('2025-01-01T05:00:00Z'))).toBe('2024-11');
  });

  it('checks the date format of each frequency', () => {
    expect(salesReportDateProblem('DAILY', '2025-02-28')).toBeUndefined();
    expect(salesReportDateProblem('DAILY', '2025-02-30')).toContain('use YYYY-MM-DD');
    expect(salesReportDateProblem('WEEKLY', '2025-03-09')).toBeUndefined();
    expect(salesReportDateProblem('WEEKLY', '2025-03-05')).toContain('(2025-03-09 for that week)');
    expect(salesReportDateProblem('MONTHLY', '2025-13')).toContain('use YYYY-MM');
    expect(salesReportDateProblem('MONTHLY', '2025-03')).toBeUndefined();
    expect(salesReportDateProblem('YEARLY', '25')).toContain('use YYYY');
  });
});
