import type { AscClient } from '../asc/client.js';
import type { InputReader } from '../inputs.js';
import type { ActionLog } from '../log.js';
import type { StepSummary } from '../report/step-summary.js';

/** Values of the convenience outputs; lists are written comma-separated. */
export type OutputValue = string | number | boolean | readonly string[];

export interface OperationContext {
  client: AscClient;
  dryRun: boolean;
  log: ActionLog;
  /** Records a write that was applied, so that a failure can say what had already been done. */
  done(description: string): void;
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
