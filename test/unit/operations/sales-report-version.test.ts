import { operationContext } from '../../support/emulator-client.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import { AscApiError } from '../../../src/asc/errors.js';
import { InputReader } from '../../../src/input-reader.js';
import type { ActionLog } from '../../../src/log.js';
import {
  downloadSalesReport,
  latestVersionNamed,
} from '../../../src/operations/reports/download-sales-report.js';

const tsv = 'Provider\tSKU\tUnits\nAPPLE\tdemo.monthly\t3\n';

/** Apple's answer to a sales report asked for in a version it no longer serves. */
function versionRefusal(latest: string): AscApiError {
  return new AscApiError({
    method: 'GET',
    path: '/v1/salesReports',
    status: 400,
    errors: [
      {
        status: '400',
        code: 'PARAMETER_ERROR.INVALID',
        title: 'A parameter has an invalid value',
        detail: `The version parameter you have specified is invalid. The latest version for this report is ${latest}.`,
        source: { parameter: 'filter[version]' },
      },
    ],
  });
}

/** A client whose report downloads answer in turn from `answers`, recording each target. */
function reportClient(answers: (AscApiError | string)[]) {
  const targets: string[] = [];
  const client = {
    downloadTo: async (target: string, _accept: string, consume: (body: Readable) => unknown) => {
      targets.push(target);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected download ${target}`);
      if (answer instanceof AscApiError) throw answer;
      return consume(Readable.from([gzipSync(answer)]));
    },
  } as unknown as AscClient;
  return { client, targets };
}

const quietLog: ActionLog = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_name, task) => task(),
};

function parse(values: Record<string, string>) {
  return downloadSalesReport.parse(new InputReader((name) => values[name] ?? ''));
}

async function runWith(client: AscClient, values: Record<string, string>) {
  return downloadSalesReport.run(operationContext(client, { log: quietLog }), parse(values));
}

const versionOf = (target: string | undefined) =>
  new URL(target ?? '', 'https://x').searchParams.get('filter[version]');

describe('download-sales-report and Apple report versions', () => {
  it('asks again in the version Apple names when no report-version was given', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sales-')), 'subscription.tsv');
    const { client, targets } = reportClient([versionRefusal('1_4'), tsv]);
    const outcome = await runWith(client, {
      'vendor-number': '81234567',
      'report-type': 'SUBSCRIPTION',
      frequency: 'DAILY',
      'report-date': '2025-03-09',
      'report-path': path,
    });
    expect(targets.map(versionOf)).toEqual([null, '1_4']);
    expect(outcome.result.reportVersion).toBe('1_4');
    expect(outcome.outputs['report-rows']).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(tsv);
  });

  it('keeps a report-version that was given, failing with Apple’s message', async () => {
    const { client, targets } = reportClient([versionRefusal('1_4')]);
    const run = runWith(client, {
      'vendor-number': '81234567',
      'report-type': 'SUBSCRIPTION',
      'report-date': '2025-03-09',
      'report-version': '1_3',
      'report-path': join(mkdtempSync(join(tmpdir(), 'sales-')), 'r.tsv'),
    });
    await expect(run).rejects.toThrow(/latest version for this report is 1_4/);
    expect(targets.map(versionOf)).toEqual(['1_3']);
  });

  it('reads the version only from a 400 that names one', () => {
    expect(latestVersionNamed(versionRefusal('1_1'))).toBe('1_1');
    const notFound = new AscApiError({
      method: 'GET',
      path: '/v1/salesReports',
      status: 404,
      errors: [{ code: 'NOT_FOUND', detail: 'The latest version for this report is 1_1.' }],
    });
    expect(latestVersionNamed(notFound)).toBeUndefined();
    expect(latestVersionNamed(new Error('The latest version for this report is 1_1'))).toBe(
      undefined,
    );
  });
});
