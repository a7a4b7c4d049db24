import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { describeCertificate, listCertificates } from '../shared/resolve-certificates.js';

/**
 * `revoke-certificate`: revokes the certificates named in `certificates` by serial number or ID.
 * One that no longer exists is reported, not an error, so that a re-run changes nothing.
 */
export const revokeCertificate = defineOperation({
  name: 'revoke-certificate',
  parse: (inputs) => {
    const certificates = inputs.requiredList(
      'certificates',
      'it names the certificates to revoke (serial numbers or IDs)',
    );
    return { certificates };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const all = await listCertificates(client);
    const matches = (item: string) => (c: (typeof all)[number]) =>
      c.id === item || c.serialNumber.toLowerCase() === item.toLowerCase();
    const found = [
      ...new Map(
        inputs.certificates.flatMap((item) => all.filter(matches(item))).map((c) => [c.id, c]),
      ).values(),
    ];
    const missing = inputs.certificates.filter((item) => !all.some(matches(item)));
    for (const item of missing) {
      log.warning(`No certificate has the serial number or ID '${item}' (already revoked?).`);
    }
    const plan = new Plan().stage(
      found.map((certificate) => ({
        kind: 'delete' as const,
        target: `certificate ${certificate.serialNumber}`,
        detail: `revoke ${describeCertificate(certificate)}; profiles signed with it become invalid`,
        apply: () => client.delete(`/v1/certificates/${certificate.id}`),
      })),
    );
    const applied = await applyPlan(context, plan);
    return {
      result: { certificates: found, missing, plan: plan.records(), applied },
      outputs: {
        'certificate-ids': found.map((c) => c.id),
        'certificate-serial-numbers': found.map((c) => c.serialNumber),
      },
      summary: {
        title: 'Revoke certificates',
        sections: [
          ...(missing.length > 0 ? [{ lines: [`Not found: ${missing.join(', ')}.`] }] : []),
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
