import { IncludedIndex, type ListDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import type { Build, PrereleaseVersion } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { readTogether } from '../shared/read-together.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { buildPlatforms } from '../shared/resolve-build.js';
import { readableState } from '../../report/step-summary.js';

const buildNumberPattern = /^\d+(\.\d+){0,2}$/;

/** Compares build numbers as Apple does: dotted parts, each a number (`10` after `9`, `1.10` after `1.9`). */
export function compareBuildNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** One past `number`: its last dotted part incremented (`41` → `42`, `1.2.9` → `1.2.10`). */
export function incrementBuildNumber(number: string): string {
  const parts = number.split('.');
  const last = parts.length - 1;
  parts[last] = String(BigInt(parts[last] ?? '0') + 1n);
  return parts.join('.');
}

interface SeenBuild {
  id: string;
  number: string;
  version: string;
  expired: boolean;
  uploadedDate: string | null;
}

/**
 * Prints and outputs the next build number: one past the highest the app has used on `platform`
 * (expired builds included: Apple refuses a number used before in the same version), narrowed to
 * one marketing version by `version`. Three reads at most: the app, and the builds listed twice,
 * by number and by upload date, so that the answer is right whether Apple sorts numbers as
 * numbers or as text.
 */
export const nextBuildNumber = defineOperation({
  name: 'next-build-number',
  parse(inputs) {
    const version = inputs.optional('version');
    if (version !== undefined && !buildNumberPattern.test(version)) {
      throw new InputError(
        'version',
        `'${version}' is not a marketing version (like 1.2 or 1.2.3)`,
      );
    }
    return {
      app: parseAppInput(inputs),
      platform: inputs.choice('platform', buildPlatforms, 'IOS'),
      version,
    };
  },
  async run({ client, log }, inputs) {
    const app = await resolveApp(client, inputs.app);
    const listing = (sort: string) =>
      client.get<ListDocument<Build>>(
        '/v1/builds' +
          toQueryString({
            filter: {
              app: app.id,
              'preReleaseVersion.platform': inputs.platform,
              ...(inputs.version ? { 'preReleaseVersion.version': inputs.version } : {}),
            },
            include: ['preReleaseVersion'],
            fields: {
              builds: ['version', 'expired', 'uploadedDate', 'preReleaseVersion'],
              preReleaseVersions: ['version'],
            },
            sort: [sort],
            limit: 200,
          }),
      );
    const documents = await readTogether([listing('-version'), listing('-uploadedDate')]);
    const seen = new Map<string, SeenBuild>();
    for (const document of documents) {
      const included = new IncludedIndex(document.included ?? []);
      for (const build of document.data) {
        const number = build.attributes?.version ?? '';
        // A number this action cannot count on (letters) is left out rather than guessed at.
        if (!buildNumberPattern.test(number)) continue;
        const preRelease = included.one<PrereleaseVersion>(build, 'preReleaseVersion');
        seen.set(build.id, {
          id: build.id,
          number,
          version: preRelease?.attributes?.version ?? '',
          expired: build.attributes?.expired ?? false,
          uploadedDate: build.attributes?.uploadedDate ?? null,
        });
      }
    }
    const latest = [...seen.values()].sort(
      (a, b) =>
        compareBuildNumbers(b.number, a.number) ||
        (b.uploadedDate ?? '').localeCompare(a.uploadedDate ?? ''),
    )[0];
    const next = latest ? incrementBuildNumber(latest.number) : '1';
    const scope = `${app.name} on ${readableState(inputs.platform)}${inputs.version ? `, version ${inputs.version}` : ''}`;
    log.info(
      latest
        ? `Highest build number of ${scope}: ${latest.number} (version ${latest.version || '?'}${latest.expired ? ', expired' : ''}); next: ${next}`
        : `No build of ${scope} yet; next: ${next}`,
    );
    return {
      result: {
        app,
        platform: inputs.platform,
        version: inputs.version ?? null,
        buildNumber: next,
        latest: latest ?? null,
      },
      outputs: {
        'app-id': app.id,
        'build-number': next,
        'latest-build-number': latest?.number ?? '',
        'latest-version': latest?.version ?? '',
      },
      summary: {
        title: `Next build number of ${scope}: ${next}`,
        sections: [
          {
            table: {
              header: ['Build', 'Build number', 'Version'],
              rows: [
                ['Highest used', latest?.number ?? '—', latest?.version || '—'],
                ['Next', next, inputs.version ?? latest?.version ?? '—'],
              ],
            },
          },
        ],
      },
    };
  },
});
