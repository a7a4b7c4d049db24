import { execFileSync } from 'node:child_process';
import { InputError } from '../../input-error.js';
import { cutAtLine, describeRemoved, removeRefusedCharacters } from './apple-text.js';

/** How many commits What to Test lists when no tag is reachable and no `whats-new-since` is given. */
export const commitsWithoutTag = 20;

export interface GitWhatsNew {
  /** `- subject` lines, newest first, within Apple's rules. */
  text: string;
  /** What the log says: the range read, what was removed or cut, a shallow checkout. */
  warnings: string[];
  /** Where the list starts: the ref given, the newest tag, or `the last 20 commits`. */
  since: string;
  commits: number;
}

export interface GitWhatsNewOptions {
  /** The checkout (GITHUB_WORKSPACE). */
  cwd: string;
  /** A ref (tag, branch, commit); undefined: the newest tag reachable from HEAD, else the last 20 commits. */
  since?: string;
  env: NodeJS.ProcessEnv;
}

const fetchDepthHint =
  'the checkout is shallow (actions/checkout fetches one commit by default): set `fetch-depth: 0` on actions/checkout so that the history and tags are there';

class GitFailure extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly code: string | number | undefined,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim() || String(code)}`);
  }
}

/** Runs git (no shell) in the checkout; its output, or a GitFailure with git's own words. */
function git(options: GitWhatsNewOptions, args: string[]): string {
  try {
    return execFileSync('git', ['-c', 'i18n.logOutputEncoding=UTF-8', ...args], {
      cwd: options.cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string; status?: number };
    if (failure.code === 'ENOENT') {
      throw new InputError(
        'whats-new-from-git',
        `git is not installed on this runner, or '${options.cwd}' does not exist`,
      );
    }
    throw new GitFailure(args, String(failure.stderr ?? ''), failure.status ?? failure.code);
  }
}

/** A ref as git may be given it: never an option (`--output=...`), never a range or pathspec. */
function checkRef(ref: string): void {
  if (ref.startsWith('-') || /[\s:]|\.\./.test(ref)) {
    throw new InputError('whats-new-since', `'${ref}' is not a ref (a tag, branch or commit)`);
  }
}

/**
 * What to Test written from the subjects of the commits since `since` (newest first, merges left
 * out), cut to Apple's 4000 bytes at a whole line, emoji and `<` removed, each with a warning.
 */
export function whatsNewFromGit(options: GitWhatsNewOptions): GitWhatsNew {
  if (options.since !== undefined) checkRef(options.since);
  try {
    git(options, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const dubious = error instanceof GitFailure && /dubious ownership/.test(error.stderr);
    throw new InputError(
      'whats-new-from-git',
      dubious
        ? `git refuses the checkout at '${options.cwd}' (dubious ownership); add it with git config --global --add safe.directory`
        : `'${options.cwd}' (GITHUB_WORKSPACE) is not a git checkout; run actions/checkout (with fetch-depth: 0) first`,
    );
  }
  const shallow = git(options, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  const warnings: string[] = [];
  let range: string[];
  let since: string;
  if (options.since !== undefined) {
    try {
      git(options, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${options.since}^{commit}`,
      ]);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(
        'whats-new-since',
        `'${options.since}' is not a tag, branch or commit of the checkout${shallow ? `; ${fetchDepthHint}` : ''}`,
      );
    }
    range = [`${options.since}..HEAD`];
    since = options.since;
  } else {
    let tag: string | undefined;
    try {
      tag = git(options, ['describe', '--tags', '--abbrev=0', 'HEAD']).trim() || undefined;
    } catch (error) {
      if (error instanceof InputError) throw error;
      tag = undefined;
    }
    range = tag ? [`${tag}..HEAD`] : ['-n', String(commitsWithoutTag), 'HEAD'];
    since = tag ?? `the last ${commitsWithoutTag} commits`;
  }
  if (shallow) warnings.push(`whats-new-from-git: ${fetchDepthHint}.`);
  const subjects = git(options, ['log', '--no-merges', '--format=%s', ...range, '--'])
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (subjects.length === 0) {
    throw new InputError(
      options.since !== undefined ? 'whats-new-since' : 'whats-new-from-git',
      `there is no commit (merges left out) between ${since} and HEAD to write What to Test from`,
    );
  }
  const listed = subjects.map((subject) => `- ${subject}`).join('\n');
  const { text: cleaned, removed } = removeRefusedCharacters(listed);
  if (removed.length > 0) warnings.push(describeRemoved('whats-new-from-git', removed));
  const { text, cut } = cutAtLine(cleaned);
  const kept = text === '' ? 0 : text.split('\n').length;
  if (cut) {
    warnings.push(
      `whats-new-from-git: the ${subjects.length} commit subjects since ${since} pass Apple's 4000 bytes; What to Test lists the newest ${kept}.`,
    );
  }
  return { text, warnings, since, commits: subjects.length };
}
