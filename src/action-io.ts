import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import type { ActionLog } from './log.js';

/**
 * Everything the action exchanges with the runner: inputs in; log, outputs, secrets to mask and
 * the step summary out. The runner's is backed by @actions/core; tests pass one that records.
 */
export interface ActionIo {
  input(name: string): string;
  /** The runner's environment (GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_EVENT_NAME, ...). */
  env: NodeJS.ProcessEnv;
  log: ActionLog;
  /** The log's error annotation (`::error::`). */
  error(message: string): void;
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  /** Marks the step failed (exit code 1) with this message; does not stop anything. */
  setFailed(message: string): void;
  /** Adds HTML to the step summary; nothing where the runner gives no summary file. */
  appendSummary(html: string): Promise<void>;
}

export const runnerIo: ActionIo = {
  input: (name) => core.getInput(name),
  env: process.env,
  log: {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    group: (name, task) => core.group(name, task),
  },
  error: (message) => core.error(message),
  mask: (secret) => core.setSecret(secret),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  appendSummary: async (html) => {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) await appendFile(file, html, 'utf8');
  },
};
