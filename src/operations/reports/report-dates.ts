/**
 * Which report date is due. Apple processes a day's sales overnight and publishes daily reports
 * in the morning, Pacific time, of the following day. The rule used here: after 08:00 Pacific the
 * latest daily report is yesterday's (Pacific date), before that the day before yesterday's. A week
 * (Monday to Sunday) is due once its Sunday's daily report is; a month once the month is over; a
 * year once the year is over; finance reports are asked for the previous month.
 */

export type ReportFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export const reportFrequencies: readonly ReportFrequency[] = [
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'YEARLY',
];

/** Daily reports are taken to be published by this hour, Pacific time, on the following day. */
export const dailyReportReadyHourPacific = 8;

const dayMs = 24 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) and hour in Cupertino at `now`. */
export function pacificClock(now: Date): { date: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMsOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The latest date whose report is due for the frequency, in Apple's `reportDate` format. */
export function latestSalesReportDate(frequency: ReportFrequency, now = new Date()): string {
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
export function latestFinanceReportDate(now = new Date()): string {
  return previousMonth(pacificClock(now).date);
}

function previousMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

const formats: Record<ReportFrequency, string> = {
  DAILY: 'YYYY-MM-DD',
  WEEKLY: 'YYYY-MM-DD, the Sunday that ends the week',
  MONTHLY: 'YYYY-MM',
  YEARLY: 'YYYY',
};

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = dayMsOf(text);
  return !Number.isNaN(ms) && toDay(ms) === text;
}

export function isMonth(text: string): boolean {
  const match = /^\d{4}-(\d{2})$/.exec(text);
  return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= 12;
}

/** What is wrong with a sales `report-date` for the frequency, or undefined when it is right. */
export function salesReportDateProblem(
  frequency: ReportFrequency,
  date: string,
): string | undefined {
  const wrong = `'${date}' is not a ${frequency.toLowerCase()} report date; use ${formats[frequency]}`;
  switch (frequency) {
    case 'DAILY':
      return isRealDay(date) ? undefined : wrong;
    case 'WEEKLY': {
      if (!isRealDay(date)) return wrong;
      const weekday = new Date(dayMsOf(date)).getUTCDay();
      if (weekday === 0) return undefined;
      const sunday = toDay(dayMsOf(date) + (7 - weekday) * dayMs);
      return `'${date}' is not a Sunday; a weekly report is named by the Sunday that ends the week (${sunday} for that week)`;
    }
    case 'MONTHLY':
      return isMonth(date) ? undefined : wrong;
    case 'YEARLY':
      return /^\d{4}$/.test(date) ? undefined : wrong;
  }
}
