import { splitCsvLine } from './csv-line.js';
import { isEmail } from './email.js';
import { ProblemList, quote, throwIfProblems } from './problem-list.js';
import {
  headerlessLayout,
  readCsvHeader,
  testerFromCsvFields,
  type CsvLayout,
  type TesterFields,
} from './tester-csv.js';
import { contentLines } from './text-lines.js';

export { isEmail } from './email.js';

export interface TesterEntry {
  /** As given, trimmed. */
  email: string;
  /** Lower-cased, for matching. */
  emailKey: string;
  firstName?: string;
  lastName?: string;
  /** From the CSV groups column. */
  groups?: string[];
  /** E.g. "testers line 3" or "testers.csv line 12". */
  source: string;
}

export interface TesterParseResult {
  testers: TesterEntry[];
  duplicates: { email: string; sources: string[] }[];
}

/**
 * Parses the `testers` input and/or the `testers-file` content. Each meaningful line is one of:
 *
 * - a CSV row `first,last,email` or fastlane's `First,Last,Email,Groups` (groups separated by `;`):
 *   a line is a CSV row when its quote-aware comma split gives 3 or 4 fields, the 3rd is an email
 *   address and neither of the first two contains `@`. A header as the first line of a source
 *   (e.g. `Email,First Name,Last Name`) switches that source to its column order.
 * - a list of `email` / `Display Name <email>` items separated by commas and/or semicolons.
 *
 * A line with several comma-separated fields, no `<`, and a non-empty field without `@` was meant
 * as a CSV row, so it is reported as one ("expected first,last,email[,groups] but found 5 fields").
 * The same address twice (case-insensitively, across both sources) is merged into the first one:
 * its names are kept (missing ones filled from later entries), groups are united.
 *
 * Throws an InputError listing every bad line of both sources.
 */
export function parseTesters(
  inline: string,
  file?: { name: string; content: string },
): TesterParseResult {
  const sources = [{ input: 'testers', label: 'testers', content: inline }];
  if (file) sources.push({ input: 'testers-file', label: file.name, content: file.content });

  const byKey = new Map<string, TesterEntry>();
  const duplicateSources = new Map<string, string[]>();
  const reports = sources.map(({ input, label, content }) => {
    const problems = new ProblemList();
    for (const { lineNumber, tester } of readTesterLines(content, problems)) {
      const entry: TesterEntry = {
        ...tester,
        emailKey: tester.email.toLowerCase(),
        source: `${label} line ${lineNumber}`,
      };
      const first = byKey.get(entry.emailKey);
      if (first === undefined) {
        byKey.set(entry.emailKey, entry);
      } else {
        mergeInto(first, entry);
        const seenAt = duplicateSources.get(entry.emailKey) ?? [first.source];
        duplicateSources.set(entry.emailKey, [...seenAt, entry.source]);
      }
    }
    return { input, problems };
  });
  throwIfProblems(reports);

  const duplicates = [...duplicateSources].map(([key, seenAt]) => ({
    email: byKey.get(key)?.email ?? key,
    sources: seenAt,
  }));
  return { testers: [...byKey.values()], duplicates };
}

function mergeInto(first: TesterEntry, later: TesterEntry): void {
  if (first.firstName === undefined && later.firstName !== undefined) {
    first.firstName = later.firstName;
  }
  if (first.lastName === undefined && later.lastName !== undefined) first.lastName = later.lastName;
  if (later.groups) first.groups = [...new Set([...(first.groups ?? []), ...later.groups])];
}

function readTesterLines(
  content: string,
  problems: ProblemList,
): { lineNumber: number; tester: TesterFields }[] {
  const lines = contentLines(content);
  const header = lines[0] === undefined ? undefined : readCsvHeader(lines[0].text);
  const found: { lineNumber: number; tester: TesterFields }[] = [];
  for (const { lineNumber, text } of header ? lines.slice(1) : lines) {
    const read = header ? readCsvRow(text, header) : readHeaderlessLine(text);
    if ('problem' in read) problems.add(lineNumber, read.problem);
    else found.push(...read.testers.map((tester) => ({ lineNumber, tester })));
  }
  return found;
}

type LineRead = { testers: TesterFields[] } | { problem: string };

function readCsvRow(text: string, layout: CsvLayout): LineRead {
  const split = splitCsvLine(text);
  if (!split.ok) return { problem: split.problem };
  const read = testerFromCsvFields(split.fields, layout);
  return 'problem' in read ? read : { testers: [read.tester] };
}

function readHeaderlessLine(text: string): LineRead {
  const split = splitCsvLine(text);
  const hasAngle = text.includes('<');
  if (!split.ok) return hasAngle ? readList(text) : { problem: split.problem };
  const fields = split.fields;
  const [first = '', last = '', email = ''] = fields;
  const namesLookRight = !first.includes('@') && !last.includes('@');
  if ((fields.length === 3 || fields.length === 4) && namesLookRight && isEmail(email)) {
    return readCsvRow(text, headerlessLayout);
  }
  const meantAsCsv =
    !hasAngle && fields.length >= 2 && fields.some((field) => field !== '' && !field.includes('@'));
  if (meantAsCsv) {
    if ((fields.length === 3 || fields.length === 4) && namesLookRight) {
      return readCsvRow(text, headerlessLayout);
    }
    return {
      problem: `expected ${headerlessLayout.description} but found ${fields.length} fields`,
    };
  }
  return readList(text);
}

/** `email` and `Display Name <email>` items separated by commas and/or semicolons. */
function readList(text: string): LineRead {
  const testers: TesterFields[] = [];
  const problems: string[] = [];
  for (const item of splitListItems(text)) {
    const read = readListItem(item);
    if ('problem' in read) problems.push(read.problem);
    else testers.push(read.tester);
  }
  return problems.length > 0 ? { problem: problems.join(', ') } : { testers };
}

function readListItem(item: string): { tester: TesterFields } | { problem: string } {
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(item);
  if (!named) {
    return isEmail(item)
      ? { tester: { email: item } }
      : { problem: `${quote(item)} is not an email address` };
  }
  const email = (named[2] ?? '').trim();
  if (!isEmail(email)) return { problem: `${quote(email)} is not an email address` };
  return { tester: { email, ...namesFromDisplayName(named[1] ?? '') } };
}

/** "First Last" → first word and the rest; "Last, First" → the other way round. */
function namesFromDisplayName(raw: string): { firstName?: string; lastName?: string } {
  const name = raw
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  const comma = name.indexOf(',');
  const [firstName, lastName] =
    comma === -1
      ? [name.split(/\s+/)[0] ?? '', name.replace(/^\S+\s*/, '')]
      : [name.slice(comma + 1).trim(), name.slice(0, comma).trim()];
  const names: { firstName?: string; lastName?: string } = {};
  if (firstName !== '') names.firstName = firstName;
  if (lastName !== '') names.lastName = lastName;
  return names;
}

/** Splits on commas and semicolons that are outside double quotes and angle brackets. */
function splitListItems(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let inQuotes = false;
  let inAngles = false;
  for (const char of text) {
    if (char === '"' && !inAngles) inQuotes = !inQuotes;
    else if (char === '<' && !inQuotes) inAngles = true;
    else if (char === '>' && !inQuotes) inAngles = false;
    if ((char === ',' || char === ';') && !inQuotes && !inAngles) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
