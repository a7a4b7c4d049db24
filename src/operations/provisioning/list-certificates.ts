import type { CertificateType } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import { stateCell } from '../../report/step-summary.js';
import { defineOperation } from '../operation.js';
import {
  isCertificateExpired,
  listCertificates as readCertificates,
  maxCertificatesOf,
} from '../shared/resolve-certificates.js';
import { certificateTypes } from './create-certificate.js';

export function parseCertificateTypes(values: string[]): CertificateType[] {
  return values.map((value) => {
    const match = certificateTypes.find((type) => type.toLowerCase() === value.toLowerCase());
    if (!match) {
      throw new InputError(
        'certificate-type',
        `'${value}' is not one of ${certificateTypes.join(', ')}`,
      );
    }
    return match;
  });
}

/** `list-certificates`: the team's certificates (of `certificate-type`, when given). */
export const listCertificates = defineOperation({
  name: 'list-certificates',
  parse: (inputs) => ({ types: parseCertificateTypes(inputs.list('certificate-type')) }),
  async run({ client, log }, inputs) {
    const certificates = (await readCertificates(client, { types: inputs.types })).map(
      (certificate) => ({ ...certificate, expired: isCertificateExpired(certificate) }),
    );
    const current = certificates.filter((certificate) => !certificate.expired);
    log.info(`${certificates.length} certificate(s), ${current.length} current`);
    const counts = new Map<string, number>();
    for (const certificate of current) {
      const type = certificate.certificateType ?? '?';
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    const atMaximum = [...counts]
      .filter(([type, count]) => {
        const max = maxCertificatesOf(type as CertificateType);
        return max !== undefined && count >= max;
      })
      .map(([type]) => type);
    for (const type of atMaximum) {
      log.warning(`The team has the maximum number of current ${type} certificates.`);
    }
    return {
      result: { certificates, count: certificates.length, current: current.length, atMaximum },
      outputs: {
        'certificate-ids': certificates.map((certificate) => certificate.id),
        'certificate-count': certificates.length,
      },
      summary: {
        title: 'Certificates',
        sections: [
          {
            lines: [`${certificates.length} certificates, ${current.length} current.`],
            table: {
              header: ['Name', 'Type', 'Serial number', 'ID', 'Expires'],
              rows: certificates.map((c) => [
                c.name,
                stateCell(c.certificateType),
                c.serialNumber,
                c.id,
                `${c.expirationDate?.slice(0, 10) ?? ''}${c.expired ? ' (expired)' : ''}`,
              ]),
            },
          },
        ],
      },
    };
  },
});
