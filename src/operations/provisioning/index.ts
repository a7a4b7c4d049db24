import type { AnyOperation } from '../operation.js';
import { createCertificate } from './create-certificate.js';
import { createProfileOperation } from './create-profile.js';
import { deleteProfile } from './delete-profile.js';
import { disableDevices } from './disable-devices.js';
import { downloadProfiles } from './download-profiles.js';
import { listCertificates } from './list-certificates.js';
import { listDevices } from './list-devices.js';
import { refreshProfiles } from './refresh-profiles.js';
import { registerBundleId } from './register-bundle-id.js';
import { registerDevices } from './register-devices.js';
import { revokeCertificate } from './revoke-certificate.js';

export const operations: AnyOperation[] = [
  listDevices,
  registerDevices,
  disableDevices,
  registerBundleId,
  createCertificate,
  listCertificates,
  revokeCertificate,
  createProfileOperation,
  downloadProfiles,
  deleteProfile,
  refreshProfiles,
];
