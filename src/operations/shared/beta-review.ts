import type { AscClient } from '../../asc/client.js';
import type {
  BetaAppReviewDetail,
  BetaAppReviewDetailUpdateRequest,
  BetaAppReviewSubmission,
  BetaAppReviewSubmissionCreateRequest,
} from '../../asc/generated/app-store-connect.js';
import type { ListDocument, SingleDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import { isEmail } from '../../input-formats/email.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import type { OperationContext } from '../operation.js';
import { retryWhileBuildSettles } from './build-in-review.js';
import type { PlannedChange } from './plan.js';
import type { ResolvedApp } from './resolve-app.js';
import { describeBuild, type ResolvedBuild } from './resolve-build.js';

type ReviewDetailAttributes = NonNullable<BetaAppReviewDetail['attributes']>;

/** The beta app review details the inputs ask for; only the given ones. */
export type ReviewDetailInputs = Partial<ReviewDetailAttributes>;

const reviewDetailInputNames: Record<keyof ReviewDetailAttributes, string> = {
  contactFirstName: 'beta-review-contact-first-name',
  contactLastName: 'beta-review-contact-last-name',
  contactEmail: 'beta-review-contact-email',
  contactPhone: 'beta-review-contact-phone',
  demoAccountName: 'beta-review-demo-account-name',
  demoAccountPassword: 'beta-review-demo-account-password',
  demoAccountRequired: 'beta-review-demo-account-required',
  notes: 'beta-review-notes',
};

/** Fields never printed (the plan and the result show that they change, not their value). */
const secretFields: ReadonlySet<keyof ReviewDetailAttributes> = new Set(['demoAccountPassword']);

export function parseReviewDetailInputs(inputs: InputReader): ReviewDetailInputs {
  const details: ReviewDetailInputs = {};
  const text = (field: Exclude<keyof ReviewDetailAttributes, 'demoAccountRequired'>) => {
    const name = reviewDetailInputNames[field];
    const value = secretFields.has(field) ? inputs.secret(name) : inputs.optional(name);
    if (value !== undefined) details[field] = value;
  };
  text('contactFirstName');
  text('contactLastName');
  text('contactEmail');
  text('contactPhone');
  text('demoAccountName');
  text('demoAccountPassword');
  text('notes');
  const required = inputs.optionalBoolean(reviewDetailInputNames.demoAccountRequired);
  if (required !== undefined) details.demoAccountRequired = required;
  if (details.contactEmail !== undefined && !isEmail(details.contactEmail)) {
    throw new InputError(
      reviewDetailInputNames.contactEmail,
      `'${details.contactEmail}' is not an email address`,
    );
  }
  if (details.contactPhone !== undefined && !/^\+?[\d\s().-]{5,}$/.test(details.contactPhone)) {
    throw new InputError(
      reviewDetailInputNames.contactPhone,
      `'${details.contactPhone}' is not a phone number (like +1 555 0100)`,
    );
  }
  return details;
}

export function hasReviewDetailInputs(details: ReviewDetailInputs): boolean {
  return Object.keys(details).length > 0;
}

export async function readReviewDetail(
  client: AscClient,
  app: ResolvedApp,
): Promise<BetaAppReviewDetail> {
  const document = await client.get<SingleDocument<BetaAppReviewDetail>>(
    `/v1/apps/${app.id}/betaAppReviewDetail`,
  );
  return document.data;
}

/** The fields whose wanted value differs from Apple's. */
export function reviewDetailChanges(
  current: BetaAppReviewDetail,
  wanted: ReviewDetailInputs,
): ReviewDetailInputs {
  const changes: ReviewDetailInputs = {};
  const attributes = current.attributes ?? {};
  for (const [field, value] of Object.entries(wanted) as [keyof ReviewDetailAttributes, never][]) {
    if ((attributes[field] ?? undefined) !== value) changes[field] = value;
  }
  return changes;
}

/**
 * Checks that a demo account, when required, has a name and a password (given or already set):
 * Apple's reviewers could not sign in otherwise. Runs before any write.
 */
export function checkDemoAccount(current: BetaAppReviewDetail, wanted: ReviewDetailInputs): void {
  const merged = { ...current.attributes, ...wanted };
  if (!merged.demoAccountRequired) return;
  if (!merged.demoAccountName) {
    throw new InputError(
      reviewDetailInputNames.demoAccountName,
      'a demo account is required for beta review, but it has no name',
    );
  }
  if (!merged.demoAccountPassword && wanted.demoAccountName !== undefined) {
    throw new InputError(
      reviewDetailInputNames.demoAccountPassword,
      'a demo account is required for beta review, but it has no password',
    );
  }
}

/** Plans the PATCH of only the review detail fields that differ; undefined when none do. */
export function planReviewDetailUpdate(
  client: AscClient,
  current: BetaAppReviewDetail,
  wanted: ReviewDetailInputs,
): PlannedChange | undefined {
  const changes = reviewDetailChanges(current, wanted);
  const fields = Object.keys(changes) as (keyof ReviewDetailAttributes)[];
  if (fields.length === 0) return undefined;
  const body: BetaAppReviewDetailUpdateRequest = {
    data: { type: 'betaAppReviewDetails', id: current.id, attributes: changes },
  };
  return {
    kind: 'update',
    target: 'beta app review details',
    detail: fields
      .map((field) =>
        secretFields.has(field) ? `${field}: ***` : `${field}: ${JSON.stringify(changes[field])}`,
      )
      .join(', '),
    apply: async () => {
      await client.patch(`/v1/betaAppReviewDetails/${current.id}`, body);
    },
  };
}

/** The review submission of a build, if one exists (used to recover a create whose answer was lost). */
export async function findReviewSubmission(
  client: AscClient,
  buildId: string,
): Promise<BetaAppReviewSubmission | undefined> {
  const document = await client.get<ListDocument<BetaAppReviewSubmission>>(
    `/v1/betaAppReviewSubmissions${toQueryString({
      filter: { build: buildId },
      fields: { betaAppReviewSubmissions: ['betaReviewState', 'submittedDate', 'build'] },
      limit: 1,
    })}`,
  );
  return document.data[0];
}

/** Plans submitting the build for beta review; undefined when a submission already exists. */
export function planReviewSubmission(
  context: Pick<OperationContext, 'client' | 'log' | 'sleep'>,
  build: ResolvedBuild,
  onSubmitted: (submission: BetaAppReviewSubmission) => void = () => undefined,
): PlannedChange | undefined {
  if (build.reviewSubmission) return undefined;
  const { client } = context;
  const body: BetaAppReviewSubmissionCreateRequest = {
    data: {
      type: 'betaAppReviewSubmissions',
      relationships: { build: { data: { type: 'builds', id: build.id } } },
    },
  };
  return {
    kind: 'submit',
    target: `build ${describeBuild(build)}`,
    detail: 'for beta app review',
    apply: async () => {
      // Apple refuses a just-processed build for a short while: waited out, not a failure.
      const document = await retryWhileBuildSettles(context, build, 'the review submission', () =>
        client.post<SingleDocument<BetaAppReviewSubmission>>('/v1/betaAppReviewSubmissions', body, {
          recover: async () => {
            const found = await findReviewSubmission(client, build.id);
            return found ? { data: found } : undefined;
          },
        }),
      );
      if (document) onSubmitted(document.data);
    },
  };
}

/** Refuses a submission Apple would refuse because export compliance is unanswered. */
export function checkExportComplianceForReview(
  build: ResolvedBuild,
  willSetEncryption: boolean,
): void {
  if (build.usesNonExemptEncryption === null && !willSetEncryption && !build.reviewSubmission) {
    throw new InputError(
      'uses-non-exempt-encryption',
      `build ${describeBuild(build)} has no export compliance answer, so it cannot be submitted for beta review; set uses-non-exempt-encryption to true or false`,
    );
  }
}
