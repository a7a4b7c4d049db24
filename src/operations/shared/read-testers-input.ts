import { InputError } from '../../input-error.js';
import { parseTesters, type TesterParseResult } from '../../input-formats/testers.js';
import type { InputReader } from '../../input-reader.js';

/**
 * Reads `testers` and `testers-file` (a path relative to GITHUB_WORKSPACE, else the cwd) into one
 * list of testers. At least one of the two must name a tester.
 */
export function readTestersInput(inputs: InputReader): TesterParseResult {
  const inline = inputs.optional('testers') ?? '';
  const file = inputs.file('testers-file');
  const parsed = parseTesters(inline, file);
  if (parsed.testers.length === 0) {
    throw new InputError(
      file === undefined ? 'testers' : 'testers-file',
      'it names no tester; give email addresses, `First Last <email>` or `first,last,email` lines',
    );
  }
  return parsed;
}

/** One line per address given more than once, for a warning. */
export function describeDuplicates(duplicates: TesterParseResult['duplicates']): string[] {
  return duplicates.map(
    ({ email, sources }) => `${email} is listed ${sources.length} times (${sources.join(', ')})`,
  );
}
