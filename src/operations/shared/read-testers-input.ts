import { readInputFile } from '../../workspace-files.js';
import { InputError } from '../../input-error.js';
import { parseTesters, type TesterParseResult } from '../../input-formats/testers.js';
import type { InputReader } from '../../inputs.js';

/**
 * Reads `testers` and `testers-file` (a path relative to GITHUB_WORKSPACE, else the cwd) into one
 * list of testers. At least one of the two must name a tester.
 */
export function readTestersInput(
  inputs: InputReader,
  env: NodeJS.ProcessEnv = process.env,
): TesterParseResult {
  const inline = inputs.optional('testers') ?? '';
  const fileInput = inputs.optional('testers-file');
  const file = fileInput === undefined ? undefined : readTestersFile(fileInput, env);
  const parsed = parseTesters(inline, file);
  if (parsed.testers.length === 0) {
    throw new InputError(
      fileInput === undefined ? 'testers' : 'testers-file',
      'it names no tester; give email addresses, `First Last <email>` or `first,last,email` lines',
    );
  }
  return parsed;
}

function readTestersFile(path: string, env: NodeJS.ProcessEnv): { name: string; content: string } {
  return { name: path, content: readInputFile('testers-file', path, env) };
}

/** One line per address given more than once, for a warning. */
export function describeDuplicates(duplicates: TesterParseResult['duplicates']): string[] {
  return duplicates.map(
    ({ email, sources }) => `${email} is listed ${sources.length} times (${sources.join(', ')})`,
  );
}
