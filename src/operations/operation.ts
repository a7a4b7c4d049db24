import type { AscClient } from '../asc/client.js';
import type { ApiSettings } from '../inputs.js';
import type { InputReader } from '../input-reader.js';
import type { ActionLog } from '../log.js';
import type { StepSummary, SummarySection } from '../report/step-summary.js';

/** Values of the convenience outputs; lists are written comma-separated. */
export type OutputValue = string | number | boolean | readonly string[];

/** Everything an operation gets from the common settings and the runner; it reads nothing twice. */
export interface OperationContext {
  client: AscClient;
  dryRun: boolean;
  log: ActionLog;
  /** Timeouts, retries, concurrency and time scale, as the common inputs set them. */
  api: ApiSettings;
  /** The runner's environment (GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_EVENT_NAME, ...). */
  env: NodeJS.ProcessEnv;
  /** Masks a secret the operation made or received (a password, a .p12) in the log. */
  mask(secret: string): void;
  /** Records a write that was applied, so that a failure can say what had already been done. */
  done(description: string): void;
  /** Sections the step summary shows if the run fails from here on (the plan, what was found). */
  onFailureShow(sections: SummarySection[]): void;
  /** Waits `ms` (scaled by ASC_ACTION_TIME_SCALE, so that tests and the emulator do not wait). */
  sleep(ms: number): Promise<void>;
}

export interface OperationOutcome {
  /** The `result` output: what the operation found and did. */
  result: Record<string, unknown>;
  /** Convenience outputs (`build-id`, `group-ids`, ...). */
  outputs: Record<string, OutputValue | undefined>;
  summary: StepSummary;
}

/**
 * One operation of the action. `parse` reads and validates its inputs (before any request);
 * `run` reads what it needs from App Store Connect, plans, and applies the plan unless dry-run.
 */
export interface Operation<TInputs> {
  name: string;
  parse(inputs: InputReader): TInputs;
  run(context: OperationContext, inputs: TInputs): Promise<OperationOutcome>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<any>;

export function defineOperation<TInputs>(operation: Operation<TInputs>): Operation<TInputs> {
  return operation;
}
