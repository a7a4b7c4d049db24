import { appleInstant } from '../../asc/dates.js';
import type { AscClient } from '../../asc/client.js';
import { collectAll } from '../../asc/pagination.js';
import type {
  Certificate,
  CertificateType,
  ProfileType,
} from '../../asc/generated/app-store-connect.js';

export interface CertificateSummary {
  id: string;
  name: string;
  displayName: string;
  certificateType: CertificateType | null;
  serialNumber: string;
  platform: string | null;
  expirationDate: string | null;
}

/** Apple's limits on active certificates of one type per team (development ones are per person). */
const maxCertificatesPerType: Partial<Record<CertificateType, number>> = {
  DISTRIBUTION: 3,
  IOS_DISTRIBUTION: 3,
  MAC_APP_DISTRIBUTION: 3,
  MAC_INSTALLER_DISTRIBUTION: 3,
  DEVELOPER_ID_APPLICATION: 5,
  DEVELOPER_ID_APPLICATION_G2: 5,
  DEVELOPER_ID_KEXT: 5,
  DEVELOPER_ID_KEXT_G2: 5,
};

export function maxCertificatesOf(type: CertificateType): number | undefined {
  return maxCertificatesPerType[type];
}

const developmentCertificates: CertificateType[] = ['DEVELOPMENT', 'IOS_DEVELOPMENT'];
const distributionCertificates: CertificateType[] = ['DISTRIBUTION', 'IOS_DISTRIBUTION'];
const macDevelopmentCertificates: CertificateType[] = ['DEVELOPMENT', 'MAC_APP_DEVELOPMENT'];
const macDistributionCertificates: CertificateType[] = ['DISTRIBUTION', 'MAC_APP_DISTRIBUTION'];
const developerIdCertificates: CertificateType[] = [
  'DEVELOPER_ID_APPLICATION',
  'DEVELOPER_ID_APPLICATION_G2',
];

/** The certificate types that can sign a profile of this type. */
export function certificateTypesFor(profileType: ProfileType): CertificateType[] {
  switch (profileType) {
    case 'IOS_APP_DEVELOPMENT':
    case 'TVOS_APP_DEVELOPMENT':
      return developmentCertificates;
    case 'MAC_APP_DEVELOPMENT':
    case 'MAC_CATALYST_APP_DEVELOPMENT':
      return macDevelopmentCertificates;
    case 'MAC_APP_STORE':
    case 'MAC_CATALYST_APP_STORE':
      return macDistributionCertificates;
    case 'MAC_APP_DIRECT':
    case 'MAC_CATALYST_APP_DIRECT':
      return developerIdCertificates;
    default:
      return distributionCertificates;
  }
}

export function toCertificateSummary(certificate: Certificate): CertificateSummary {
  const a = certificate.attributes ?? {};
  return {
    id: certificate.id,
    name: a.name ?? '',
    displayName: a.displayName ?? '',
    certificateType: a.certificateType ?? null,
    serialNumber: a.serialNumber ?? '',
    platform: a.platform ?? null,
    expirationDate: a.expirationDate ?? null,
  };
}

export function isCertificateExpired(certificate: CertificateSummary, now = Date.now()): boolean {
  const expires = appleInstant(certificate.expirationDate);
  return expires !== undefined && expires <= now;
}

const certificateFields = [
  'name',
  'displayName',
  'certificateType',
  'serialNumber',
  'platform',
  'expirationDate',
];

/** The team's certificates, of the given types when any are given. */
export async function listCertificates(
  client: AscClient,
  options: { types?: readonly CertificateType[]; serialNumbers?: readonly string[] } = {},
): Promise<CertificateSummary[]> {
  const { data } = await collectAll<Certificate>(client, '/v1/certificates', {
    filter: { certificateType: options.types, serialNumber: options.serialNumbers },
    fields: { certificates: certificateFields },
  });
  return data.map(toCertificateSummary);
}

/** The unexpired certificates that can sign a profile of this type. */
export async function validCertificatesFor(
  client: AscClient,
  profileType: ProfileType,
): Promise<CertificateSummary[]> {
  const certificates = await listCertificates(client, { types: certificateTypesFor(profileType) });
  return certificates.filter((certificate) => !isCertificateExpired(certificate));
}

export function describeCertificate(certificate: CertificateSummary): string {
  const expires = certificate.expirationDate
    ? `, expires ${certificate.expirationDate.slice(0, 10)}`
    : '';
  return `${certificate.name || certificate.displayName} (${certificate.certificateType ?? '?'}, id ${certificate.id}, serial ${certificate.serialNumber}${expires})`;
}
