import { InputError } from '../../input-error.js';
import { splitCsvLine } from '../../input-formats/csv-line.js';
import { isEmail } from '../../input-formats/email.js';
import { ProblemList, throwIfProblems } from '../../input-formats/problem-list.js';
import type { InputReader } from '../../input-reader.js';
import { appReferenceProblem } from '../shared/resolve-visible-apps.js';
import { parseRoles, type UserRole } from '../shared/user-roles.js';

/** One person of a users file: `email,first,last,ROLE;ROLE[,app;app]`. */
export interface UserEntry {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: UserRole[];
  /** Present when the line has a fifth column: the apps they see (empty: all apps). */
  apps?: string[];
}

const splitSemicolons = (text: string) =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Parses a users file. Blank lines and `#` comments are skipped, and so is a header line
 * starting with `email`. Every bad line is reported, each with its number.
 */
export function parseUsersCsv(text: string): { entries: UserEntry[]; problems: ProblemList } {
  const problems = new ProblemList('line');
  const entries: UserEntry[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const split = splitCsvLine(trimmed);
    if (!split.ok) return problems.add(line, split.problem);
    const [email = '', firstName = '', lastName = '', roleText = '', ...rest] = split.fields;
    if (entries.length === 0 && seen.size === 0 && email.toLowerCase() === 'email') return;
    if (split.fields.length < 4 || split.fields.length > 5) {
      return problems.add(
        line,
        `expected email,first name,last name,roles[,apps] but found ${split.fields.length} field(s)`,
      );
    }
    if (!isEmail(email)) return problems.add(line, `'${email}' is not an email address`);
    if (!firstName || !lastName) return problems.add(line, 'the first and last names are required');
    const previous = seen.get(email.toLowerCase());
    if (previous !== undefined)
      return problems.add(line, `${email} is already on line ${previous}`);
    seen.set(email.toLowerCase(), line);
    const roleNames = splitSemicolons(roleText);
    if (roleNames.length === 0) return problems.add(line, 'no role (separate roles with ;)');
    const parsed = parseRoles(roleNames, true);
    if ('problem' in parsed) return problems.add(line, parsed.problem);
    const entry: UserEntry = { line, email, firstName, lastName, roles: parsed.roles };
    if (rest.length > 0) {
      const apps = splitSemicolons(rest[0] ?? '');
      const problem = appReferenceProblem(apps);
      if (problem) return problems.add(line, problem);
      entry.apps = apps;
    }
    entries.push(entry);
  });
  return { entries, problems };
}

/** Reads and checks `users-file`; every problem is reported at once, naming the input. */
export function readUsersFile(inputs: InputReader): { path: string; entries: UserEntry[] } {
  const path = inputs.required(
    'users-file',
    'it is the CSV file of the team (email,first,last,roles)',
  );
  const text = inputs.file('users-file')?.content ?? '';
  const { entries, problems } = parseUsersCsv(text);
  throwIfProblems([{ input: 'users-file', problems }]);
  if (entries.length === 0) throw new InputError('users-file', `'${path}' lists nobody`);
  return { path, entries };
}
