import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import type {
  ReviewSubmission,
  ReviewSubmissionCreateRequest,
  ReviewSubmissionItem,
  ReviewSubmissionItemCreateRequest,
  ReviewSubmissionUpdateRequest,
  Platform,
} from '../../asc/generated/app-store-connect.js';
import type { ListDocument, SingleDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import type { PlannedChange } from '../shared/plan.js';
import type { ResolvedApp } from '../shared/resolve-app.js';
import { readableState } from '../../report/step-summary.js';

/** An unsubmitted (draft) review submission and the App Store versions it holds. */
export interface DraftSubmission {
  id: string;
  versionIds: string[];
}

const draftQuery = (app: ResolvedApp, platform: string) =>
  toQueryString({
    filter: { app: app.id, platform, state: 'READY_FOR_REVIEW' },
    fields: { reviewSubmissions: ['platform', 'state'] },
    limit: 10,
  });

/** The App Store versions that are items of the submission. */
async function readItemVersionIds(client: AscClient, submissionId: string): Promise<string[]> {
  const document = await client.get<ListDocument<ReviewSubmissionItem>>(
    `/v1/reviewSubmissions/${submissionId}/items${toQueryString({
      fields: {
        reviewSubmissionItems: ['state', 'appStoreVersion'],
        appStoreVersions: ['versionString'],
      },
      include: ['appStoreVersion'],
      limit: 200,
    })}`,
  );
  return document.data
    .map((item) => item.relationships?.appStoreVersion?.data?.id)
    .filter((id): id is string => id !== undefined);
}

/** The app's unsubmitted review submission for the platform (Apple keeps at most one). */
export async function readDraftSubmission(
  client: AscClient,
  app: ResolvedApp,
  platform: string,
): Promise<DraftSubmission | undefined> {
  const document = await client.get<ListDocument<ReviewSubmission>>(
    `/v1/reviewSubmissions${draftQuery(app, platform)}`,
  );
  const draft = document.data.find(
    (submission) => submission.attributes?.state === 'READY_FOR_REVIEW',
  );
  if (!draft) return undefined;
  return { id: draft.id, versionIds: await readItemVersionIds(client, draft.id) };
}

/** The review submission's ids, filled in as the plan is applied (a create comes first). */
export interface SubmissionSlot {
  id: string | undefined;
  /** Set when a racing run already submitted a submission holding the version: nothing left. */
  submitted?: boolean;
}

/** Submitted states of a review submission still under way (the version is in it). */
const underwayStates = ['WAITING_FOR_REVIEW', 'IN_REVIEW', 'UNRESOLVED_ISSUES'];

/**
 * After a refused create: another run (a re-run racing this one) may have made the submission,
 * added the version and submitted it already. Finds a submission under way holding the version.
 */
async function readSubmittedHolding(
  client: AscClient,
  app: ResolvedApp,
  platform: string,
  versionId: string,
): Promise<string | undefined> {
  const document = await client.get<ListDocument<ReviewSubmission>>(
    `/v1/reviewSubmissions${toQueryString({
      filter: { app: app.id, platform, state: underwayStates },
      fields: { reviewSubmissions: ['platform', 'state'] },
      limit: 10,
    })}`,
  );
  for (const submission of document.data) {
    if (!underwayStates.includes(String(submission.attributes?.state))) continue;
    if ((await readItemVersionIds(client, submission.id)).includes(versionId)) return submission.id;
  }
  return undefined;
}

/** A recovery that finds the version already submitted by a racing run marks the slot so. */
async function recoverSubmitted(
  client: AscClient,
  app: ResolvedApp,
  platform: string,
  versionId: string,
  slot: SubmissionSlot,
): Promise<boolean> {
  const id = await readSubmittedHolding(client, app, platform, versionId);
  if (id === undefined) return false;
  slot.id = id;
  slot.submitted = true;
  return true;
}

/**
 * Plans the review submission of one version: reuse the draft or create one, add the version as an
 * item unless it is one, and submit. Each create re-reads what a lost answer may have made.
 */
export function planReviewSubmission(
  client: AscClient,
  app: ResolvedApp,
  platform: Platform,
  draft: DraftSubmission | undefined,
  version: { id: () => string; describe: string },
  slot: SubmissionSlot,
): PlannedChange[][] {
  const stages: PlannedChange[][] = [];
  slot.id = draft?.id;
  if (!draft) {
    const body: ReviewSubmissionCreateRequest = {
      data: {
        type: 'reviewSubmissions',
        attributes: { platform },
        relationships: { app: { data: { type: 'apps', id: app.id } } },
      },
    };
    stages.push([
      {
        kind: 'create',
        target: `review submission for ${readableState(platform)}`,
        apply: async () => {
          const created = await client.post<SingleDocument<ReviewSubmission>>(
            '/v1/reviewSubmissions',
            body,
            {
              recover: async () => {
                const found = await readDraftSubmission(client, app, platform);
                if (found) {
                  return {
                    data: { type: 'reviewSubmissions', id: found.id },
                  } as SingleDocument<ReviewSubmission>;
                }
                return (await recoverSubmitted(client, app, platform, version.id(), slot))
                  ? ({
                      data: { type: 'reviewSubmissions', id: slot.id },
                    } as SingleDocument<ReviewSubmission>)
                  : undefined;
              },
            },
          );
          slot.id = created?.data.id;
        },
      },
    ]);
  }
  if (!draft?.versionIds.length || !draft.versionIds.includes(version.id())) {
    stages.push([
      {
        kind: 'link',
        target: `version ${version.describe}`,
        detail: 'as an item of the review submission',
        apply: async () => {
          if (slot.submitted) return;
          const submissionId = requireId(slot);
          const body: ReviewSubmissionItemCreateRequest = {
            data: {
              type: 'reviewSubmissionItems',
              relationships: {
                reviewSubmission: { data: { type: 'reviewSubmissions', id: submissionId } },
                appStoreVersion: { data: { type: 'appStoreVersions', id: version.id() } },
              },
            },
          };
          await client.post<SingleDocument<ReviewSubmissionItem>>(
            '/v1/reviewSubmissionItems',
            body,
            {
              recover: async () => {
                const found = await readDraftSubmission(client, app, platform);
                const linked =
                  (found?.id === submissionId && found.versionIds.includes(version.id())) ||
                  (await recoverSubmitted(client, app, platform, version.id(), slot));
                return linked
                  ? ({
                      data: { type: 'reviewSubmissionItems', id: '' },
                    } as SingleDocument<ReviewSubmissionItem>)
                  : undefined;
              },
            },
          );
        },
      },
    ]);
  }
  stages.push([
    {
      kind: 'submit',
      target: `version ${version.describe}`,
      detail: 'for App Store review',
      apply: async () => {
        if (slot.submitted) return;
        const submissionId = requireId(slot);
        const body: ReviewSubmissionUpdateRequest = {
          data: { type: 'reviewSubmissions', id: submissionId, attributes: { submitted: true } },
        };
        try {
          await client.patch(`/v1/reviewSubmissions/${submissionId}`, body);
        } catch (error) {
          // A retried PATCH whose first answer was lost finds the submission already submitted.
          if (!(error instanceof AscApiError && error.status === 409)) throw error;
          const current = await client.get<SingleDocument<ReviewSubmission>>(
            `/v1/reviewSubmissions/${submissionId}${toQueryString({ fields: { reviewSubmissions: ['state'] } })}`,
          );
          if (current.data.attributes?.state === 'READY_FOR_REVIEW') throw error;
        }
      },
    },
  ]);
  return stages;
}

function requireId(slot: SubmissionSlot): string {
  if (!slot.id) throw new Error('the review submission was not created');
  return slot.id;
}
