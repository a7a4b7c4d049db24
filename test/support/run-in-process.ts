/**
 * Runs the action in this process, from the sources, exactly as the bundle runs it (`run()` of
 * src/main.ts), with an ActionIo that records what the runner would see: the log in the runner's
 * command format (`::warning::`, `::error::`, `::add-mask::`, ...), the outputs and the step
 * summary. Same shape of result as scripts/lib/run-action.ts, which runs the built bundle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionIo } from '../../src/action-io.js';
import { run } from '../../src/main.js';
import {
  projectRoot,
  type ActionRun,
  type ActionRunOptions,
} from '../../scripts/lib/run-action.js';

/** Escapes a workflow command's message as @actions/core does. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export async function runInProcess(options: ActionRunOptions): Promise<ActionRun> {
  const workDir = mkdtempSync(join(tmpdir(), 'asc-action-inproc-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    GITHUB_WORKSPACE: options.cwd ?? projectRoot,
    RUNNER_TEMP: workDir,
    GITHUB_ACTIONS: 'true',
    ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
    ...options.env,
  };
  const inputs = new Map(
    Object.entries(options.inputs).map(([name, value]) => [name.toLowerCase(), value]),
  );
  let stdout = '';
  const outputs: Record<string, string> = {};
  let summary = '';
  let exitCode = 0;
  const command = (name: string, message: string) =>
    (stdout += `::${name}::${escapeData(message)}\n`);
  const io: ActionIo = {
    // As core.getInput: trimmed; absent is ''.
    input: (name) => (inputs.get(name.toLowerCase()) ?? '').trim(),
    env,
    log: {
      info: (message) => (stdout += `${message}\n`),
      warning: (message) => command('warning', message),
      debug: (message) => command('debug', message),
      group: async (name, task) => {
        stdout += `::group::${name}\n`;
        try {
          return await task();
        } finally {
          stdout += '::endgroup::\n';
        }
      },
    },
    error: (message) => command('error', message),
    mask: (secret) => command('add-mask', secret),
    setOutput: (name, value) => (outputs[name] = value),
    setFailed: (message) => {
      exitCode = 1;
      command('error', message);
    },
    appendSummary: async (html) => {
      summary += html;
    },
  };
  const started = performance.now();
  try {
    await run(io);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return {
    exitCode,
    stdout,
    stderr: '',
    outputs,
    summary,
    durationMs: performance.now() - started,
  };
}
