import type { AnyOperation } from '../operation.js';
import { addTesters } from './add-testers.js';
import { createGroup } from './create-group.js';
import { deleteGroup } from './delete-group.js';
import { distribute } from './distribute.js';
import { expireBuilds } from './expire-builds.js';
import { listGroups } from './list-groups.js';
import { listTesters } from './list-testers.js';
import { nextBuildNumber } from './next-build-number.js';
import { removeTesters } from './remove-testers.js';
import { setWhatsNew } from './set-whats-new.js';
import { submitBetaReview } from './submit-beta-review.js';
import { updateGroup } from './update-group.js';
import { waitForBuild } from './wait-for-build.js';

export const operations: AnyOperation[] = [
  listGroups,
  listTesters,
  distribute,
  waitForBuild,
  submitBetaReview,
  expireBuilds,
  setWhatsNew,
  addTesters,
  removeTesters,
  createGroup,
  updateGroup,
  deleteGroup,
  nextBuildNumber,
];
