import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from './input-error.js';
import { resolveWorkspacePath, runnerTempDir } from './workspace-files.js';

/** Reads one action input as the runner passes it (`INPUT_<NAME>`); '' when absent. */
export type ReadInput = (name: string) => string;

export interface InputReaderOptions {
  /** Masks a secret in the log (`core.setSecret`). */
  mask?: (secret: string) => void;
  /** The runner's environment: GITHUB_WORKSPACE and RUNNER_TEMP place the paths inputs name. */
  env?: NodeJS.ProcessEnv;
  /** Prints a warning (`core.warning`): an output path outside the runner's own folders. */
  warn?: (message: string) => void;
}

/**
 * Typed access to the action's inputs. Operations receive a reader in their `parse` step, which
 * runs before anything is sent, so bad input never follows a write.
 */
export class InputReader {
  private readonly mask: (secret: string) => void;
  private readonly warn: (message: string) => void;
  readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly read: ReadInput,
    options: InputReaderOptions = {},
  ) {
    this.mask = options.mask ?? (() => undefined);
    this.warn = options.warn ?? (() => undefined);
    this.env = options.env ?? {};
  }

  /** The same inputs with some replaced (an operation that hands its inputs on to another). */
  with(overrides: Record<string, string>): InputReader {
    return new InputReader((name) => overrides[name] ?? this.read(name), {
      mask: this.mask,
      env: this.env,
      warn: this.warn,
    });
  }

  /** Like `optional`, for a secret (a password): masked in the log before anything else sees it. */
  secret(name: string): string | undefined {
    const value = this.optional(name);
    if (value !== undefined) this.mask(value);
    return value;
  }

  /** Trimmed text; undefined when empty. */
  optional(name: string): string | undefined {
    const value = this.read(name).trim();
    return value === '' ? undefined : value;
  }

  required(name: string, why = 'it is required'): string {
    const value = this.optional(name);
    if (value === undefined) throw InputReader.empty(name, why);
    return value;
  }

  /** The one refusal of an input left empty that is needed: `why` says what it is for. */
  static empty(name: string, why: string): InputError {
    return new InputError(name, `it is empty, but ${why}`);
  }

  /** Like `list`, refusing an empty list. */
  requiredList(name: string, why: string): string[] {
    const items = this.list(name);
    if (items.length === 0) throw InputReader.empty(name, why);
    return items;
  }

  /** Like `choice`, refusing an empty value; `why` is followed by the allowed values. */
  requiredChoice<T extends string>(name: string, allowed: readonly T[], why: string): T {
    const value = this.choice(name, allowed);
    if (value === undefined) throw InputReader.empty(name, `${why}: ${allowed.join(', ')}`);
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (/^(true|yes|1)$/i.test(value)) return true;
    if (/^(false|no|0)$/i.test(value)) return false;
    throw new InputError(name, `'${value}' is not a boolean; use true or false`);
  }

  /** undefined when empty, so that callers can tell "not given" from false. */
  optionalBoolean(name: string): boolean | undefined {
    return this.optional(name) === undefined ? undefined : this.boolean(name, false);
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const value = this.optionalInteger(name, range);
    return value ?? fallback;
  }

  optionalInteger(name: string, range: { min: number; max: number }): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw new InputError(name, `'${value}' is not a whole number`);
    const number = Number(value);
    if (number < range.min || number > range.max) {
      throw new InputError(name, `${number} is out of range; use ${range.min} to ${range.max}`);
    }
    return number;
  }

  number(name: string, fallback: number, range: { min: number; max: number }): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isFinite(number)) throw new InputError(name, `'${value}' is not a number`);
    if (number < range.min || number > range.max) {
      throw new InputError(name, `${number} is out of range; use ${range.min} to ${range.max}`);
    }
    return number;
  }

  /** Items separated by commas and/or newlines, trimmed, empty ones dropped. */
  list(name: string): string[] {
    return splitList(this.read(name));
  }

  /** Items separated by newlines only (for values that may contain commas). */
  lines(name: string): string[] {
    return this.read(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  /** One of `allowed` (matched case-insensitively, returned as spelled in `allowed`). */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  choice<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const match = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!match) {
      throw new InputError(name, `'${value}' is not one of ${allowed.join(', ')}`);
    }
    return match;
  }

  /**
   * The absolute path an input names, the one way every path input is read: `~` is the home
   * directory, a relative path starts at GITHUB_WORKSPACE (else the working directory).
   */
  path(name: string): string | undefined {
    const value = this.optional(name);
    return value === undefined ? undefined : resolveWorkspacePath(value, this.env);
  }

  /**
   * Like `path`, for a place the action writes to (`profiles-dir`, `report-path`, `p12-path`,
   * `feedback-dir`): a path outside the workspace (GITHUB_WORKSPACE) and the runner's temp folder
   * (RUNNER_TEMP) is written all the same, with a warning that names the input and the path, since
   * on a shared or self-hosted runner it outlives the job and may overwrite someone else's files.
   * `alsoExpected` lists further folders where writing is normal (Xcode's profile folders).
   */
  outputPath(name: string, alsoExpected: string[] = []): string | undefined {
    const path = this.path(name);
    if (path === undefined) return undefined;
    const expected = [this.env.GITHUB_WORKSPACE, this.env.RUNNER_TEMP, ...alsoExpected].filter(
      (folder): folder is string => Boolean(folder),
    );
    if (expected.length > 0 && !expected.some((folder) => isInside(path, folder))) {
      this.warn(
        `Input '${name}' points outside the workspace and $RUNNER_TEMP: ${path}. ` +
          'Files written there outlive the job (and, on a self-hosted runner, may overwrite files of other jobs); ' +
          'prefer a path under the workspace or ${{ runner.temp }}.',
      );
    }
    return path;
  }

  /** The text of the file an input names; a missing or unreadable file is refused by name. */
  file(name: string): { name: string; content: string } | undefined {
    const given = this.optional(name);
    if (given === undefined) return undefined;
    const absolute = resolveWorkspacePath(given, this.env);
    try {
      return { name: given, content: readFileSync(absolute, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'it is a folder'
            : `unreadable (${code ?? error})`;
      const where = absolute === given ? '' : ` (${absolute})`;
      throw new InputError(name, `cannot read '${given}'${where}: ${reason}`);
    }
  }

  /** Where files go when an input names no place: RUNNER_TEMP, else the system's temp folder. */
  get tempDir(): string {
    return runnerTempDir(this.env);
  }
}

/** Whether `path` is `folder` or lies under it (both absolute). */
function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function splitList(text: string): string[] {
  return text
    .split(/[,\r\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
