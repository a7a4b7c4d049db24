import { splitCsvLine } from './csv-line.js';
import { isEmail } from './email.js';
import { quote } from './problem-list.js';

export interface TesterFields {
  email: string;
  firstName?: string;
  lastName?: string;
  groups?: string[];
}

export type TesterColumn = 'first' | 'last' | 'email' | 'groups';

/** The columns of a CSV line: which field is what, and how to name the layout in messages. */
export interface CsvLayout {
  columns: (TesterColumn | undefined)[];
  description: string;
}

/** first,last,email and fastlane's First,Last,Email,Groups. */
export const headerlessLayout: CsvLayout = {
  columns: ['first', 'last', 'email', 'groups'],
  description: 'first,last,email[,groups]',
};

const headerWords = new Map<string, TesterColumn>(
  Object.entries({
    first: 'first',
    firstname: 'first',
    givenname: 'first',
    last: 'last',
    lastname: 'last',
    surname: 'last',
    familyname: 'last',
    email: 'email',
    emailaddress: 'email',
    mail: 'email',
    group: 'groups',
    groups: 'groups',
    betagroups: 'groups',
    testergroups: 'groups',
  } as const),
);

/**
 * Recognises a header line (case-insensitive, e.g. "Email,First Name,Last Name,Groups"): no field
 * looks like an address and one field names the email column. Unknown columns are ignored.
 */
export function readCsvHeader(line: string): CsvLayout | undefined {
  const split = splitCsvLine(line);
  if (!split.ok || split.fields.some((field) => field.includes('@'))) return undefined;
  const columns = split.fields.map((field) =>
    headerWords.get(field.toLowerCase().replace(/[^a-z]/g, '')),
  );
  const named = columns.filter((column) => column !== undefined);
  if (!named.includes('email') || new Set(named).size !== named.length) return undefined;
  return { columns, description: split.fields.join(',') };
}

/** Reads the fields of a CSV line laid out as `layout`; a problem text when they do not fit. */
export function testerFromCsvFields(
  fields: string[],
  layout: CsvLayout,
): { tester: TesterFields } | { problem: string } {
  const emailIndex = layout.columns.indexOf('email');
  if (fields.length > layout.columns.length || fields.length <= emailIndex) {
    return { problem: `expected ${layout.description} but found ${fields.length} fields` };
  }
  const field = (column: TesterColumn) => {
    const index = layout.columns.indexOf(column);
    const value = index === -1 ? '' : (fields[index] ?? '').trim();
    return value === '' ? undefined : value;
  };
  const email = field('email');
  if (email === undefined) return { problem: 'the email field is empty' };
  if (!isEmail(email)) return { problem: `${quote(email)} is not an email address` };
  const groups = (field('groups') ?? '')
    .split(';')
    .map((group) => group.trim())
    .filter((group) => group !== '');
  const tester: TesterFields = { email };
  const firstName = field('first');
  const lastName = field('last');
  if (firstName !== undefined) tester.firstName = firstName;
  if (lastName !== undefined) tester.lastName = lastName;
  if (groups.length > 0) tester.groups = groups;
  return { tester };
}
