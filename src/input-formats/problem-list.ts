import { InputError } from '../input-error.js';

const maxListed = 10;
const maxQuotedLength = 60;
const plurals = { line: 'lines', entry: 'entries' } as const;

/**
 * The problems found in one source of an input (the inline text or the file), each tied to the
 * line or entry it was found on, summarised on a single line.
 */
export class ProblemList {
  private readonly items: { position: number; problem: string }[] = [];
  private wholeSourceProblem: string | undefined;

  constructor(private readonly unit: 'line' | 'entry' = 'line') {}

  add(position: number, problem: string): void {
    this.items.push({ position, problem });
  }

  /** For a problem that makes the whole source unreadable (e.g. a malformed plist). */
  failWhole(problem: string): void {
    this.wholeSourceProblem ??= problem;
  }

  get isEmpty(): boolean {
    return this.items.length === 0 && this.wholeSourceProblem === undefined;
  }

  /** E.g. "2 bad lines: line 3: 'bob@' is not an email address; line 7: …". */
  describe(): string {
    if (this.wholeSourceProblem !== undefined) return this.wholeSourceProblem;
    const sorted = [...this.items].sort((a, b) => a.position - b.position);
    const count = sorted.length;
    const listed = sorted
      .slice(0, maxListed)
      .map(({ position, problem }) => `${this.unit} ${position}: ${problem}`);
    if (count > maxListed) listed.push(`and ${count - maxListed} more`);
    return `${count} bad ${count === 1 ? this.unit : plurals[this.unit]}: ${listed.join('; ')}`;
  }
}

/**
 * Throws one InputError for all sources that have problems: the first such input names the error,
 * the others are appended as "; input '<name>': …", so nothing is hidden and the message stays one line.
 */
export function throwIfProblems(sources: { input: string; problems: ProblemList }[]): void {
  const failing = sources.filter(({ problems }) => !problems.isEmpty);
  const [first, ...others] = failing;
  if (first === undefined) return;
  const rest = others.map(({ input, problems }) => `; input '${input}': ${problems.describe()}`);
  throw new InputError(first.input, first.problems.describe() + rest.join(''));
}

/** Quotes user text for a message: single line, control characters escaped, long text shortened. */
export function quote(text: string): string {
  const visible = text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) =>
    char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '?',
  );
  const chars = [...visible];
  const short =
    chars.length > maxQuotedLength ? chars.slice(0, maxQuotedLength - 1).join('') + '…' : visible;
  return `'${short}'`;
}
