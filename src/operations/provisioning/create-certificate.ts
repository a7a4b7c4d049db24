import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AscClient } from '../../asc/client.js';
import type { SingleDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import type {
  Certificate,
  CertificateCreateRequest,
  CertificateType,
} from '../../asc/generated/app-store-connect.js';
import {
  certificateCommonName,
  certificateMatchesKey,
  createPkcs12,
  createSigningRequest,
  generateP12Password,
} from '../../crypto/signing-identity.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import {
  describeCertificate,
  isCertificateExpired,
  listCertificates,
  maxCertificatesOf,
  toCertificateSummary,
  type CertificateSummary,
} from '../shared/resolve-certificates.js';

export const certificateTypes: readonly CertificateType[] = [
  'DEVELOPMENT',
  'DISTRIBUTION',
  'IOS_DEVELOPMENT',
  'IOS_DISTRIBUTION',
  'MAC_APP_DEVELOPMENT',
  'MAC_APP_DISTRIBUTION',
  'MAC_INSTALLER_DISTRIBUTION',
  'DEVELOPER_ID_APPLICATION',
  'DEVELOPER_ID_APPLICATION_G2',
  'DEVELOPER_ID_KEXT',
  'DEVELOPER_ID_KEXT_G2',
  'PASS_TYPE_ID',
  'PASS_TYPE_ID_WITH_NFC',
  'APPLE_PAY',
  'APPLE_PAY_MERCHANT_IDENTITY',
  'APPLE_PAY_PSP_IDENTITY',
  'APPLE_PAY_RSA',
  'IDENTITY_ACCESS',
];

/**
 * Finds the certificate Apple issued for our key: after a lost answer, the one certificate of the
 * type whose public key is ours shows that the create happened.
 */
async function findIssuedFor(
  client: AscClient,
  type: CertificateType,
  privateKeyPem: string,
): Promise<Certificate | undefined> {
  const { data } = await collectAll<Certificate>(client, '/v1/certificates', {
    filter: { certificateType: type },
    fields: {
      certificates: [
        'name',
        'certificateType',
        'displayName',
        'serialNumber',
        'platform',
        'expirationDate',
        'certificateContent',
      ],
    },
  });
  return data.find((certificate) => {
    const content = certificate.attributes?.certificateContent;
    return content !== undefined && certificateMatchesKey(content, privateKeyPem);
  });
}

function defaultP12Path(tempDir: string, type: CertificateType, serial: string): string {
  return join(tempDir, `${type.toLowerCase()}-${serial}.p12`);
}

/**
 * `create-certificate`: generates a private key and CSR here, has Apple issue the certificate, and
 * writes a password-protected `.p12` of both (path and base64 as outputs; base64 and password
 * masked). Each run makes a new key, so a successful run is not repeated by a re-run: it always
 * asks for a new certificate.
 */
export const createCertificate = defineOperation({
  name: 'create-certificate',
  parse: (inputs) => {
    const certificateType = inputs.requiredChoice(
      'certificate-type',
      certificateTypes,
      'it names the certificate to create',
    );
    const password = inputs.secret('p12-password');
    return {
      certificateType,
      password,
      p12Path: inputs.outputPath('p12-path'),
      tempDir: inputs.tempDir,
      commonName: inputs.optional('common-name') ?? 'App Store Connect GitHub Action',
    };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const type = inputs.certificateType;
    const existing = (await listCertificates(client, { types: [type] })).filter(
      (certificate) => !isCertificateExpired(certificate),
    );
    const max = maxCertificatesOf(type);
    if (max !== undefined && existing.length >= max) {
      log.warning(
        [
          `The team already has ${existing.length} current ${type} certificate(s), Apple's maximum (${max}); Apple will likely refuse a new one. Revoke one first (operation: revoke-certificate):`,
          ...existing.map((certificate) => `  - ${describeCertificate(certificate)}`),
        ].join('\n'),
      );
    }

    let issued: CertificateSummary | undefined;
    let p12: { path: string; base64: string; password: string } | undefined;
    const plan = new Plan().step({
      kind: 'create',
      target: `certificate ${type}`,
      detail: 'new private key and CSR generated here; .p12 written',
      apply: async () => {
        const request = await createSigningRequest({ commonName: inputs.commonName });
        const body: CertificateCreateRequest = {
          data: {
            type: 'certificates',
            attributes: { certificateType: type, csrContent: request.csrPem },
          },
        };
        const document = await client.post<SingleDocument<Certificate>>('/v1/certificates', body, {
          recover: async () => {
            const found = await findIssuedFor(client, type, request.privateKeyPem);
            return found ? { data: found } : undefined;
          },
        });
        const certificate = document?.data;
        const content = certificate?.attributes?.certificateContent;
        if (!certificate || !content) throw new Error('Apple answered without the certificate');
        if (!certificateMatchesKey(content, request.privateKeyPem)) {
          throw new Error(`certificate ${certificate.id} is not for the key generated here`);
        }
        issued = toCertificateSummary(certificate);
        const password = inputs.password ?? generateP12Password();
        context.mask(password);
        const bytes = await createPkcs12({
          privateKeyPem: request.privateKeyPem,
          certificateBase64: content,
          password,
          friendlyName: certificateCommonName(content) ?? issued.name,
        });
        const base64 = bytes.toString('base64');
        context.mask(base64);
        const path = inputs.p12Path ?? defaultP12Path(inputs.tempDir, type, issued.serialNumber);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, bytes, { mode: 0o600 });
        await chmod(path, 0o600);
        p12 = { path, base64, password };
      },
    });
    const applied = await applyPlan(context, plan);
    if (issued) log.info(`Issued ${describeCertificate(issued)}; .p12 written to ${p12?.path}`);

    return {
      result: {
        certificateType: type,
        certificate: issued ?? null,
        existing,
        maxCertificates: max ?? null,
        p12Path: p12?.path ?? null,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'certificate-id': issued?.id,
        'certificate-serial-number': issued?.serialNumber,
        'certificate-expiration-date': issued?.expirationDate ?? undefined,
        'p12-path': p12?.path,
        'p12-base64': p12?.base64,
        'p12-password': p12?.password,
      },
      summary: {
        title: `Certificate ${type}`,
        sections: [
          {
            lines: [
              issued
                ? `Issued ${describeCertificate(issued)}.`
                : `Not created (dry run). The team has ${existing.length} current ${type} certificate(s).`,
            ],
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
