import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_ALIASES,
  attributeAliases,
  collectSchemas,
  SCHEMA_NAMES,
} from '../../../scripts/generate-types.js';
import type {
  BetaGroupBetaTestersLinkagesRequest,
  BetaTesterCreateRequest,
  components,
} from '../../../src/asc/generated/app-store-connect.js';
import { readOpenApiDocument } from '../../../src/emulator/openapi/openapi-document.js';
import { isErrorAnswer, OpenApiValidator } from '../../../src/emulator/openapi/validator.js';

const doc = readOpenApiDocument();

describe('collectSchemas', () => {
  it('adds every referenced schema but no response documents', () => {
    const names = Object.keys(collectSchemas(doc, ['BetaTester', 'ErrorResponse']));
    expect(names).toEqual(
      expect.arrayContaining([
        'BetaTester',
        'BetaInviteType',
        'BetaTesterState',
        'RelationshipLinks',
        'ResourceLinks',
        'ErrorResponse',
        'ErrorSourcePointer',
      ]),
    );
    expect(names.filter((name) => name.endsWith('Response'))).toEqual(['ErrorResponse']);
  });

  it('refuses names the document does not have', () => {
    expect(() => collectSchemas(doc, ['PreReleaseVersion'])).toThrow(/PreReleaseVersion/);
  });

  it('accepts the whole configured list', () => {
    expect(Object.keys(collectSchemas(doc, SCHEMA_NAMES)).length).toBeGreaterThan(
      SCHEMA_NAMES.length,
    );
  });
});

describe('attributeAliases', () => {
  it('names an enum the document has only inline in an attribute', () => {
    expect(attributeAliases(doc, { DeviceStatus: ['Device', 'status'] })).toEqual([
      "export type DeviceStatus = NonNullable<NonNullable<Device['attributes']>['status']>;",
    ]);
  });

  it('refuses attributes the document does not have', () => {
    expect(() => attributeAliases(doc, { DeviceColor: ['Device', 'color'] })).toThrow(
      /Device\.attributes\.color/,
    );
  });

  it('refuses names that are component schemas (those belong in SCHEMA_NAMES)', () => {
    expect(() => attributeAliases(doc, { BundleIdPlatform: ['Device', 'platform'] })).toThrow(
      /SCHEMA_NAMES/,
    );
  });
});

describe('generated types', () => {
  const generated = readFileSync(
    new URL('../../../src/asc/generated/app-store-connect.ts', import.meta.url),
    'utf8',
  );

  it('says it is generated and how', () => {
    expect(generated).toContain('GENERATED FILE');
    expect(generated).toContain('npx tsx scripts/generate-types.ts');
    expect(generated).toContain("export type BetaGroup = components['schemas']['BetaGroup'];");
  });

  it('exports every attribute alias, so API type names have one place', () => {
    for (const line of attributeAliases(doc)) expect(generated).toContain(line);
    expect(Object.keys(ATTRIBUTE_ALIASES)).toEqual(
      expect.arrayContaining(['DevicePlatform', 'DeviceStatus', 'ProfileType', 'ProfileState']),
    );
  });

  it('describe bodies the validator accepts', () => {
    const validator = OpenApiValidator.load();
    const create: BetaTesterCreateRequest = {
      data: { type: 'betaTesters', attributes: { email: 'ann@example.com', firstName: 'Ann' } },
    };
    const link: BetaGroupBetaTestersLinkagesRequest = { data: [{ type: 'betaTesters', id: 't1' }] };
    const platform: components['schemas']['BundleIdPlatform'] = 'IOS';
    const createOp = validator.match('POST', '/v1/betaTesters');
    const linkOp = validator.match('POST', '/v1/betaGroups/g1/relationships/betaTesters');
    if (isErrorAnswer(createOp) || isErrorAnswer(linkOp)) throw new Error('operations not found');
    expect(validator.validateBody(createOp, create)).toBeUndefined();
    expect(validator.validateBody(linkOp, link)).toBeUndefined();
    expect(platform).toBe('IOS');
  });
});
