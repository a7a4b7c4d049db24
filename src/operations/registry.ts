import type { AnyOperation } from './operation.js';
import { listDevices } from './provisioning/list-devices.js';
import { registerDevices } from './provisioning/register-devices.js';
import { disableDevices } from './provisioning/disable-devices.js';
import { registerBundleId } from './provisioning/register-bundle-id.js';
import { createCertificate } from './provisioning/create-certificate.js';
import { listCertificates } from './provisioning/list-certificates.js';
import { revokeCertificate } from './provisioning/revoke-certificate.js';
import { createProfileOperation } from './provisioning/create-profile.js';
import { downloadProfiles } from './provisioning/download-profiles.js';
import { deleteProfile } from './provisioning/delete-profile.js';
import { refreshProfiles } from './provisioning/refresh-profiles.js';
import { distribute } from './testflight/distribute.js';
import { expireBuilds } from './testflight/expire-builds.js';
import { listGroups } from './testflight/list-groups.js';
import { listTesters } from './testflight/list-testers.js';
import { addTesters } from './testflight/add-testers.js';
import { removeTesters } from './testflight/remove-testers.js';
import { createGroup } from './testflight/create-group.js';
import { updateGroup } from './testflight/update-group.js';
import { deleteGroup } from './testflight/delete-group.js';
import { setWhatsNew } from './testflight/set-whats-new.js';
import { submitBetaReview } from './testflight/submit-beta-review.js';
import { waitForBuild } from './testflight/wait-for-build.js';
import { uploadBuild } from './testflight/upload-build.js';
import { inviteUser } from './users/invite-user.js';
import { listUsers } from './users/list-users.js';
import { removeUser } from './users/remove-user.js';
import { syncUsers } from './users/sync-users.js';
import { updateUser } from './users/update-user.js';
import { downloadFinanceReport } from './reports/download-finance-report.js';
import { downloadSalesReport } from './reports/download-sales-report.js';

const operations: AnyOperation[] = [listGroups, listTesters, listDevices];
operations.push(distribute, waitForBuild, submitBetaReview, expireBuilds, setWhatsNew);
operations.push(addTesters, removeTesters, createGroup, updateGroup, deleteGroup);
operations.push(registerDevices, disableDevices);
operations.push(registerBundleId, createCertificate, listCertificates, revokeCertificate);
operations.push(createProfileOperation, downloadProfiles, deleteProfile, refreshProfiles);
operations.push(inviteUser, updateUser, removeUser, listUsers, syncUsers);
operations.push(downloadSalesReport, downloadFinanceReport);
operations.push(uploadBuild);

export type { AnyOperation };

export function operationNames(): string[] {
  return operations.map((operation) => operation.name);
}

export function findOperation(name: string): AnyOperation | undefined {
  const wanted = name.trim().toLowerCase();
  return operations.find((operation) => operation.name === wanted);
}
