import { forEachConcurrently } from '../../asc/concurrency.js';
import { quotaShortfall } from '../../asc/rate-limit.js';
import type { SummarySection } from '../../report/step-summary.js';
import type { OperationContext } from '../operation.js';

export type ChangeKind = 'create' | 'update' | 'link' | 'unlink' | 'delete' | 'submit' | 'notify';

/** One write the operation intends: described as data, applied by `apply`. */
export interface PlannedChange {
  kind: ChangeKind;
  /** What is written, for people: `tester ada@example.com`, `build 1.2 (45)`. */
  target: string;
  /** How: `in groups QA, Beta`, `usesNonExemptEncryption: false`. */
  detail?: string;
  apply(): Promise<void>;
}

/** The data of a change, without its apply function: what `result` and the summary show. */
export interface ChangeRecord {
  kind: ChangeKind;
  target: string;
  detail?: string;
}

/**
 * The writes of one run, in stages: the changes of a stage are independent of each other and run
 * concurrently; a stage starts when the one before it is done (create a group, then link testers).
 */
export class Plan {
  private readonly stages: PlannedChange[][] = [];

  /** Adds changes as a new stage (nothing is added for an empty list). */
  stage(changes: PlannedChange[]): this {
    if (changes.length > 0) this.stages.push(changes);
    return this;
  }

  /** Adds one change as a stage of its own. */
  step(change: PlannedChange | undefined): this {
    return change ? this.stage([change]) : this;
  }

  get changes(): PlannedChange[] {
    return this.stages.flat();
  }

  get isEmpty(): boolean {
    return this.stages.length === 0;
  }

  records(): ChangeRecord[] {
    return this.changes.map(({ kind, target, detail }) => ({
      kind,
      target,
      ...(detail ? { detail } : {}),
    }));
  }

  /** Counts per kind, e.g. { create: 3, link: 1 }. */
  counts(): Partial<Record<ChangeKind, number>> {
    const counts: Partial<Record<ChangeKind, number>> = {};
    for (const change of this.changes) counts[change.kind] = (counts[change.kind] ?? 0) + 1;
    return counts;
  }

  /** The stages, for `applyPlan`. */
  get orderedStages(): readonly PlannedChange[][] {
    return this.stages;
  }
}

export function describeChange(change: ChangeRecord): string {
  return `${change.kind} ${change.target}${change.detail ? ` ${change.detail}` : ''}`;
}

/**
 * Prints the plan and, unless this is a dry run, applies it stage by stage with the client's
 * concurrency. Each applied change is reported through `context.done`, so that a failure can say
 * what had already been done. Returns whether the plan was applied.
 */
export async function applyPlan(context: OperationContext, plan: Plan): Promise<boolean> {
  const { log } = context;
  if (plan.isEmpty) {
    log.info('Plan: nothing to change; everything is already as asked.');
    return false;
  }
  await log.group(`Plan: ${plan.changes.length} change(s)`, async () => {
    for (const change of plan.records()) log.info(`• ${describeChange(change)}`);
  });
  // Each change is at least one write: say so before the first one when Apple's quota is short.
  const shortfall = quotaShortfall(context.client.rateLimit, plan.changes.length);
  if (shortfall) {
    log.warning(
      `The plan needs at least ${plan.changes.length} request(s) to App Store Connect, but Apple's quota for this key has ${shortfall}: some writes may be refused with 429 and retried after a wait, or fail; a re-run goes on from where it stopped.`,
    );
  }
  if (context.dryRun) {
    log.info('dry-run: the plan above was not applied.');
    return false;
  }
  // Should a change fail, the failed run's step summary shows the whole plan, each change marked
  // done or not: the rows below are updated as the changes are applied.
  const progress = planSection(plan, false, false);
  progress.heading = 'Planned changes';
  const rows = progress.table?.rows ?? [];
  context.onFailureShow([progress]);
  const changes = plan.changes;
  for (const stage of plan.orderedStages) {
    await forEachConcurrently(stage, context.client.maxConcurrency, async (change) => {
      await change.apply();
      context.done(describeChange(change));
      const row = rows[changes.indexOf(change)];
      if (row) row[3] = 'done';
    });
  }
  return true;
}

/** A step-summary section listing the plan, marked as applied or as a dry run. */
export function planSection(plan: Plan, applied: boolean, dryRun: boolean): SummarySection {
  if (plan.isEmpty) return { heading: 'Changes', lines: ['Nothing to change: already as asked.'] };
  const state = applied ? 'done' : dryRun ? 'planned (dry run)' : 'not applied';
  const shown = plan.records().slice(0, 200);
  return {
    heading: 'Changes',
    lines:
      plan.changes.length > shown.length
        ? [`${plan.changes.length} changes; the first ${shown.length} are listed.`]
        : [],
    table: {
      header: ['Change', 'What', 'Details', 'State'],
      rows: shown.map((change) => [change.kind, change.target, change.detail ?? '', state]),
    },
  };
}
