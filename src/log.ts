import * as core from '@actions/core';

/** What operations write to the job log; backed by @actions/core, replaceable in tests. */
export interface ActionLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `task` inside a collapsible log group. */
  group<T>(name: string, task: () => Promise<T>): Promise<T>;
}

export const coreLog: ActionLog = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  group: (name, task) => core.group(name, task),
};
