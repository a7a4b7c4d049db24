/** What operations write to the job log; the runner's is in action-io.ts, tests record it. */
export interface ActionLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `task` inside a collapsible log group. */
  group<T>(name: string, task: () => Promise<T>): Promise<T>;
}
