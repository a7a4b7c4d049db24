import { describe, expect, it } from 'vitest';
import type { ErrorAnswer } from '../../../src/emulator/apple-errors.js';
import { readOpenApiDocument } from '../../../src/emulator/openapi/openapi-document.js';
import {
  isErrorAnswer,
  OpenApiValidator,
  type MatchedOperation,
} from '../../../src/emulator/openapi/validator.js';

const validator = OpenApiValidator.load();

function operation(method: string, path: string): MatchedOperation {
  const matched = validator.match(method, path);
  if (isErrorAnswer(matched))
    throw new Error(`${method} ${path} did not match: ${matched.errors[0]?.detail}`);
  return matched;
}

function query(method: string, path: string, search: string): ErrorAnswer | undefined {
  return validator.validateQuery(operation(method, path), new URLSearchParams(search));
}

function body(method: string, path: string, payload: unknown): ErrorAnswer | undefined {
  return validator.validateBody(operation(method, path), payload);
}

function only(answer: ErrorAnswer | undefined) {
  expect(answer).toBeDefined();
  expect(answer?.errors).toHaveLength(1);
  return { ...answer?.errors[0], status: answer?.status };
}

describe('OpenApiValidator.load', () => {
  it('indexes the bundled document well under a second and caches the instance', () => {
    const started = performance.now();
    const fresh = new OpenApiValidator(readOpenApiDocument());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(fresh.resource('apps')?.schemaName).toBe('App');
    expect(OpenApiValidator.load()).toBe(validator);
  });
});

describe('match', () => {
  it('prefers literal segments over {id} segments', () => {
    expect(validator.match('GET', '/v1/builds/b1/relationships/app')).toEqual({
      operationId: 'builds_app_getToOneRelationship',
      method: 'GET',
      pathTemplate: '/v1/builds/{id}/relationships/app',
      pathParams: { id: 'b1' },
    });
    expect(validator.match('GET', '/v1/builds/b1/app')).toMatchObject({
      operationId: 'builds_app_getToOneRelated',
      pathTemplate: '/v1/builds/{id}/app',
    });
    expect(validator.match('get', '/v1/betaGroups')).toMatchObject({
      operationId: 'betaGroups_getCollection',
      method: 'GET',
      pathParams: {},
    });
  });

  it('decodes path parameters', () => {
    expect(operation('GET', '/v1/apps/a%20b').pathParams).toEqual({ id: 'a b' });
  });

  it('answers 404 for unknown paths, partial paths and trailing slashes', () => {
    for (const path of [
      '/v1/nothings',
      '/v1/builds/b1/relationships',
      '/v1/apps/',
      '/v1//apps',
      '/',
    ]) {
      const answer = only(validator.match('GET', path) as ErrorAnswer);
      expect(answer).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(answer.detail).toContain(path);
    }
  });

  it('answers 405 for a known path with an undeclared method', () => {
    expect(only(validator.match('PUT', '/v1/betaGroups') as ErrorAnswer)).toMatchObject({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      detail: 'The request method PUT is not supported for this resource.',
    });
    expect(only(validator.match('DELETE', '/v1/builds/b1') as ErrorAnswer).status).toBe(405);
  });

  it('is cheap enough for thousands of requests', () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const op = operation('GET', `/v1/betaGroups/g${i}/relationships/betaTesters`);
      validator.validateQuery(op, new URLSearchParams('limit=50&cursor=abc'));
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('validateQuery', () => {
  it('accepts declared parameters with valid values', () => {
    expect(
      query(
        'GET',
        '/v1/betaTesters',
        'filter[email]=a@b.co,c@d.co&fields[betaTesters]=email,firstName&include=apps,betaGroups&sort=-email&limit=200',
      ),
    ).toBeUndefined();
    expect(query('GET', '/v1/builds', 'exists[usesNonExemptEncryption]=false')).toBeUndefined();
  });

  it('refuses an unknown filter with Apple’s wording', () => {
    expect(only(query('GET', '/v1/betaTesters', 'filter[emaill]=a@b.co'))).toMatchObject({
      status: 400,
      code: 'PARAMETER_ERROR.INVALID',
      detail: "'emaill' is not a valid filter type",
      source: { parameter: 'filter[emaill]' },
    });
  });

  it('refuses an unknown parameter', () => {
    expect(only(query('GET', '/v1/betaTesters', 'foo=1'))).toMatchObject({
      status: 400,
      code: 'PARAMETER_ERROR.INVALID',
      detail: "'foo' is not a valid query parameter",
      source: { parameter: 'foo' },
    });
  });

  it.each([
    ['fields[betaTesters]', 'email,nickname', 'nickname', 'email'],
    ['include', 'apps,owner', 'owner', 'betaGroups'],
    ['sort', 'email,-age', '-age', '-email'],
  ])('refuses a bad %s item and lists the allowed values', (name, value, bad, allowed) => {
    const answer = only(query('GET', '/v1/betaTesters', `${name}=${value}`));
    expect(answer).toMatchObject({
      status: 400,
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: name },
    });
    expect(answer.detail).toMatch(
      new RegExp(`^'${bad}' is not a valid value for '${name.replace(/[[\]]/g, '\\$&')}'`),
    );
    expect(answer.detail).toContain(`'${allowed}'`);
  });

  it('refuses a bad filter[platform] value', () => {
    expect(only(query('GET', '/v1/bundleIds', 'filter[platform]=IOS,FOO'))).toMatchObject({
      status: 400,
      detail:
        "'FOO' is not a valid value for 'filter[platform]'. Expected one of: 'IOS', 'MAC_OS', 'UNIVERSAL'",
      source: { parameter: 'filter[platform]' },
    });
  });

  it('refuses empty list items', () => {
    expect(only(query('GET', '/v1/betaTesters', 'include=apps,')).code).toBe(
      'PARAMETER_ERROR.INVALID',
    );
  });

  it('bounds limit by the schema maximum and requires a positive integer', () => {
    expect(only(query('GET', '/v1/betaTesters', 'limit=201'))).toMatchObject({
      status: 400,
      code: 'PARAMETER_ERROR.INVALID',
      detail: "'201' is not a valid value for 'limit'. The maximum allowed is 200",
      source: { parameter: 'limit' },
    });
    expect(only(query('GET', '/v1/betaTesters', 'limit=0')).source).toEqual({ parameter: 'limit' });
    expect(only(query('GET', '/v1/betaTesters', 'limit=ten')).source).toEqual({
      parameter: 'limit',
    });
    expect(query('GET', '/v1/betaTesters', 'limit=1')).toBeUndefined();
    expect(only(query('GET', '/v1/betaGroups', 'limit[betaTesters]=51')).source).toEqual({
      parameter: 'limit[betaTesters]',
    });
  });

  it('accepts cursor on paged GETs only', () => {
    expect(query('GET', '/v1/betaTesters', 'cursor=eyJvZmZzZXQiOjUwfQ&limit=50')).toBeUndefined();
    expect(
      query('GET', '/v1/betaGroups/g1/relationships/betaTesters', 'cursor=abc'),
    ).toBeUndefined();
    expect(only(query('GET', '/v1/betaTesters/t1', 'cursor=abc')).detail).toBe(
      "'cursor' is not a valid query parameter",
    );
  });

  it('refuses booleans other than true/false', () => {
    expect(only(query('GET', '/v1/builds', 'exists[usesNonExemptEncryption]=yes')).source).toEqual({
      parameter: 'exists[usesNonExemptEncryption]',
    });
  });

  it('refuses a repeated parameter', () => {
    expect(
      only(query('GET', '/v1/betaTesters', 'filter[email]=a@b.co&filter[email]=c@d.co')),
    ).toMatchObject({
      status: 400,
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'filter[email]' },
    });
  });

  it('requires the required filters', () => {
    const required =
      'filter[vendorNumber]=123&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY';
    expect(query('GET', '/v1/salesReports', required)).toBeUndefined();
    expect(
      only(query('GET', '/v1/salesReports', 'filter[vendorNumber]=123&filter[reportType]=SALES')),
    ).toMatchObject({
      status: 400,
      code: 'PARAMETER_ERROR.REQUIRED',
      source: { parameter: 'filter[reportSubType]' },
    });
  });
});

describe('validateBody', () => {
  const createTester = (data: Record<string, unknown>) => body('POST', '/v1/betaTesters', { data });

  it('accepts a valid BetaTesterCreateRequest', () => {
    expect(
      createTester({
        type: 'betaTesters',
        attributes: { email: 'ann@example.com', firstName: 'Ann', lastName: null },
        relationships: { betaGroups: { data: [{ type: 'betaGroups', id: 'g1' }] } },
      }),
    ).toBeUndefined();
  });

  it('refuses a missing email', () => {
    expect(
      only(createTester({ type: 'betaTesters', attributes: { firstName: 'Ann' } })),
    ).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
      detail: "You must provide a value for the attribute 'email' with this request",
      source: { pointer: '/data/attributes/email' },
    });
    expect(only(createTester({ type: 'betaTesters' }))).toMatchObject({
      code: 'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
      source: { pointer: '/data/attributes' },
    });
  });

  it('refuses an invalid email', () => {
    expect(
      only(createTester({ type: 'betaTesters', attributes: { email: 'not-an-email' } })),
    ).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
      source: { pointer: '/data/attributes/email' },
    });
  });

  it('refuses a wrongly typed attribute', () => {
    const answer = only(
      createTester({ type: 'betaTesters', attributes: { email: 'a@b.co', firstName: 42 } }),
    );
    expect(answer).toMatchObject({
      code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
      source: { pointer: '/data/attributes/firstName' },
    });
    expect(answer.detail).toContain("'firstName'");
  });

  it('checks enum attributes and lets nullable ones be null', () => {
    const createBundleId = (platform: unknown) =>
      body('POST', '/v1/bundleIds', {
        data: {
          type: 'bundleIds',
          attributes: { name: 'App', identifier: 'com.example.app', platform },
        },
      });
    expect(createBundleId('IOS')).toBeUndefined();
    expect(only(createBundleId('WATCH_OS'))).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
      detail:
        "'WATCH_OS' is not a valid value for the attribute 'platform'. Expected one of: 'IOS', 'MAC_OS', 'UNIVERSAL', 'SERVICES'",
      source: { pointer: '/data/attributes/platform' },
    });
    const updateVersion = (releaseType: unknown) =>
      body('PATCH', '/v1/appStoreVersions/v1', {
        data: { type: 'appStoreVersions', id: 'v1', attributes: { releaseType } },
      });
    expect(updateVersion(null)).toBeUndefined();
    expect(only(updateVersion('SOON')).code).toBe('ENTITY_ERROR.ATTRIBUTE.INVALID');
  });

  it('names the missing relationship', () => {
    const createProfile = (relationships?: Record<string, unknown>) =>
      body('POST', '/v1/profiles', {
        data: {
          type: 'profiles',
          attributes: { name: 'Profile', profileType: 'IOS_APP_STORE' },
          ...(relationships ? { relationships } : {}),
        },
      });
    expect(
      createProfile({
        bundleId: { data: { type: 'bundleIds', id: 'b1' } },
        certificates: { data: [{ type: 'certificates', id: 'c1' }] },
      }),
    ).toBeUndefined();
    expect(
      only(createProfile({ bundleId: { data: { type: 'bundleIds', id: 'b1' } } })),
    ).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
      detail: "You must provide a value for the relationship 'certificates' with this request",
      source: { pointer: '/data/relationships/certificates' },
    });
    expect(only(createProfile()).code).toBe('ENTITY_ERROR.RELATIONSHIP.REQUIRED');
  });

  it('refuses an unknown attribute', () => {
    expect(
      only(createTester({ type: 'betaTesters', attributes: { email: 'a@b.co', nickname: 'A' } })),
    ).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR.ATTRIBUTE.UNKNOWN',
      title: 'The provided entity includes an unknown attribute',
      detail: "'nickname' is not an attribute on the resource 'betaTesters'",
      source: { pointer: '/data/attributes/nickname' },
    });
  });

  it('refuses an unknown relationship and a relationship of the wrong type', () => {
    expect(
      only(
        createTester({
          type: 'betaTesters',
          attributes: { email: 'a@b.co' },
          relationships: { owner: {} },
        }),
      ),
    ).toMatchObject({
      code: 'ENTITY_ERROR.RELATIONSHIP.UNKNOWN',
      source: { pointer: '/data/relationships/owner' },
    });
    expect(
      only(
        createTester({
          type: 'betaTesters',
          attributes: { email: 'a@b.co' },
          relationships: { betaGroups: { data: [{ type: 'apps', id: 'a1' }] } },
        }),
      ),
    ).toMatchObject({
      code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
      source: { pointer: '/data/relationships/betaGroups/data/0/type' },
    });
  });

  it('refuses an unknown member outside attributes and relationships', () => {
    expect(
      only(createTester({ type: 'betaTesters', attributes: { email: 'a@b.co' }, extra: 1 })),
    ).toMatchObject({
      code: 'ENTITY_ERROR',
      source: { pointer: '/data/extra' },
    });
  });

  it('refuses a wrong JSON:API type before anything else', () => {
    expect(only(createTester({ type: 'betaGroups' }))).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR',
      detail: "'betaGroups' is not a valid resource type for this request. Expected 'betaTesters'",
      source: { pointer: '/data/type' },
    });
  });

  it('refuses a body without data', () => {
    expect(only(body('POST', '/v1/betaTesters', {}))).toMatchObject({
      code: 'ENTITY_ERROR',
      source: { pointer: '/data' },
    });
  });

  it('accepts a valid BetaGroupBetaTestersLinkagesRequest on POST and DELETE', () => {
    const linkage = {
      data: [
        { type: 'betaTesters', id: 't1' },
        { type: 'betaTesters', id: 't2' },
      ],
    };
    for (const method of ['POST', 'DELETE']) {
      expect(body(method, '/v1/betaGroups/g1/relationships/betaTesters', linkage)).toBeUndefined();
      expect(
        only(
          body(method, '/v1/betaGroups/g1/relationships/betaTesters', {
            data: [{ type: 'builds', id: 'b1' }],
          }),
        ),
      ).toMatchObject({ status: 409, code: 'ENTITY_ERROR', source: { pointer: '/data/0/type' } });
    }
  });

  it('refuses a PATCH whose data.id is not the path id', () => {
    const update = (id: string) =>
      body('PATCH', '/v1/betaGroups/g1', {
        data: { type: 'betaGroups', id, attributes: { name: 'QA' } },
      });
    expect(update('g1')).toBeUndefined();
    expect(only(update('g2'))).toMatchObject({ status: 409, source: { pointer: '/data/id' } });
  });

  it('parses raw text, refusing text that is not JSON and a missing body', () => {
    const json = JSON.stringify({ data: { type: 'betaTesters', attributes: { email: 'a@b.co' } } });
    expect(body('POST', '/v1/betaTesters', json)).toBeUndefined();
    expect(body('POST', '/v1/betaTesters', Buffer.from(json))).toBeUndefined();
    expect(only(body('POST', '/v1/betaTesters', '{"data":'))).toMatchObject({
      status: 400,
      code: 'ENTITY_UNPARSABLE',
    });
    expect(only(body('POST', '/v1/betaTesters', undefined))).toMatchObject({
      status: 400,
      code: 'ENTITY_UNPARSABLE',
    });
  });

  it('ignores a body where the operation takes none', () => {
    expect(body('GET', '/v1/betaTesters', { anything: true })).toBeUndefined();
    expect(body('DELETE', '/v1/betaTesters/t1', 'not json')).toBeUndefined();
  });

  it('compiles every request body schema of the document', () => {
    expect(validator.compileAllBodies()).toBeGreaterThan(300);
  });
});

describe('resource', () => {
  it('describes betaGroups from its resource schema', () => {
    const info = validator.resource('betaGroups');
    expect(info).toMatchObject({ type: 'betaGroups', schemaName: 'BetaGroup' });
    expect(info?.attributes.slice(0, 3)).toEqual(['name', 'createdDate', 'isInternalGroup']);
    expect(info?.relationships.app).toEqual({ targetType: 'apps', toMany: false });
    expect(info?.relationships.betaTesters).toEqual({ targetType: 'betaTesters', toMany: true });
    expect(info?.relationships.builds).toEqual({ targetType: 'builds', toMany: true });
  });

  it('reads targets of links-only relationships from the related endpoint', () => {
    expect(
      validator.resource('betaGroups')?.relationships.betaRecruitmentCriterionCompatibleBuildCheck,
    ).toEqual({
      targetType: 'betaRecruitmentCriterionCompatibleBuildChecks',
      toMany: false,
    });
  });

  it('prefers the current schema over a deprecated one and skips inline-create schemas', () => {
    expect(validator.resource('inAppPurchases')?.schemaName).toBe('InAppPurchaseV2');
    expect(validator.resource('territories')?.schemaName).toBe('Territory');
    expect(validator.resource('profiles')?.relationships.devices).toEqual({
      targetType: 'devices',
      toMany: true,
    });
  });

  it('returns undefined for an unknown type', () => {
    expect(validator.resource('nothings')).toBeUndefined();
  });
});

describe('isErrorAnswer', () => {
  it('tells error answers from matched operations', () => {
    expect(isErrorAnswer(validator.match('GET', '/v1/nothings'))).toBe(true);
    expect(isErrorAnswer(validator.match('GET', '/v1/apps'))).toBe(false);
    expect(isErrorAnswer(null)).toBe(false);
  });
});
