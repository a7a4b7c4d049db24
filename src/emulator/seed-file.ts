/**
 * A seed file describes the user's own App Store Connect account (apps with their beta groups,
 * builds and testers; devices; users) so that a workflow can be rehearsed against it. The format
 * is documented in the README ("Rehearse your release workflow"); every field is optional except
 * the ones that name a thing (an app's `bundleId`, a group's `name`, ...). Enumerations are
 * Apple's, read from the bundled OpenAPI document.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isoDate, DAY_MS } from './dates.js';
import { deref } from './openapi/openapi-document.js';
import type { OpenApiDocument, SchemaObject } from './openapi/openapi-document.js';
import { OpenApiValidator } from './openapi/validator.js';
import { TEAM_SEED_ID } from './resources/provisioning.js';
import { addTestersToGroup, createBuild, syncTesterApps } from './resources/testflight.js';
import { createApp } from './seed.js';
import type { EmulatorStore } from './store.js';

export interface SeedFileBuild {
  version: string;
  number: string;
  processingState?: string;
  expired?: boolean;
  /** A PROCESSING build turns VALID this long after the emulator starts (default 60). */
  processingSeconds?: number;
  /** When it was uploaded (ISO 8601); default: one day apart, the last one now. */
  uploadedDate?: string;
  usesNonExemptEncryption?: boolean | null;
}

export interface SeedFileGroup {
  name: string;
  internal?: boolean;
  publicLinkEnabled?: boolean;
  publicLinkLimit?: number;
  feedbackEnabled?: boolean;
  /** Build numbers the group can test (internal groups get every build anyway). */
  builds?: string[];
}

export interface SeedFileTester {
  email: string;
  firstName?: string;
  lastName?: string;
  state?: string;
  /** Names of this app's beta groups. */
  groups?: string[];
}

export interface SeedFileApp {
  bundleId: string;
  name?: string;
  id?: string;
  sku?: string;
  platform?: string;
  primaryLocale?: string;
  betaGroups?: SeedFileGroup[];
  builds?: SeedFileBuild[];
  testers?: SeedFileTester[];
}

export interface SeedFileDevice {
  udid: string;
  name: string;
  platform?: string;
  deviceClass?: string;
  status?: string;
  model?: string;
}

export interface SeedFileUser {
  email: string;
  firstName?: string;
  lastName?: string;
  roles?: string[];
  allAppsVisible?: boolean;
  provisioningAllowed?: boolean;
  /** Bundle IDs of the seed file's apps this user sees when `allAppsVisible` is false. */
  visibleApps?: string[];
}

export interface SeedFile {
  apps?: SeedFileApp[];
  devices?: SeedFileDevice[];
  users?: SeedFileUser[];
}

/** A seed file that cannot be used; the message names the path in the file. */
export class SeedFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = 'SeedFileError';
  }
}

type FieldKind =
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'nullableBoolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'strings'; values?: readonly string[] }
  | { kind: 'list'; of: Shape };

interface Shape {
  fields: Record<string, FieldKind>;
  required: string[];
}

/** The enumeration of `attribute` on Apple's `schemaName` resource (array items included). */
function appleEnum(doc: OpenApiDocument, schemaName: string, attribute: string): string[] {
  const resource = doc.components.schemas[schemaName];
  const attributes = deref(doc, resource?.properties?.attributes)?.properties;
  let schema: SchemaObject | undefined = deref(doc, attributes?.[attribute]);
  if (schema?.type === 'array') schema = deref(doc, schema.items);
  const values = schema?.enum;
  if (!values) throw new Error(`Apple's document has no enum for ${schemaName}.${attribute}`);
  return values.map(String);
}

function seedFileShape(doc: OpenApiDocument): Shape {
  const text = { kind: 'string' } as const;
  const flag = { kind: 'boolean' } as const;
  const build: Shape = {
    required: ['version', 'number'],
    fields: {
      version: text,
      number: text,
      processingState: { kind: 'enum', values: appleEnum(doc, 'Build', 'processingState') },
      expired: flag,
      processingSeconds: { kind: 'integer', min: 0, max: 7 * 24 * 3600 },
      uploadedDate: { kind: 'date' },
      usesNonExemptEncryption: { kind: 'nullableBoolean' },
    },
  };
  const group: Shape = {
    required: ['name'],
    fields: {
      name: text,
      internal: flag,
      publicLinkEnabled: flag,
      publicLinkLimit: { kind: 'integer', min: 1, max: 10_000 },
      feedbackEnabled: flag,
      builds: { kind: 'strings' },
    },
  };
  const tester: Shape = {
    required: ['email'],
    fields: {
      email: text,
      firstName: text,
      lastName: text,
      state: { kind: 'enum', values: appleEnum(doc, 'BetaTester', 'state') },
      groups: { kind: 'strings' },
    },
  };
  const app: Shape = {
    required: ['bundleId'],
    fields: {
      bundleId: text,
      name: text,
      id: text,
      sku: text,
      platform: { kind: 'enum', values: appleEnum(doc, 'PrereleaseVersion', 'platform') },
      primaryLocale: text,
      betaGroups: { kind: 'list', of: group },
      builds: { kind: 'list', of: build },
      testers: { kind: 'list', of: tester },
    },
  };
  const device: Shape = {
    required: ['udid', 'name'],
    fields: {
      udid: text,
      name: text,
      platform: { kind: 'enum', values: appleEnum(doc, 'Device', 'platform') },
      deviceClass: { kind: 'enum', values: appleEnum(doc, 'Device', 'deviceClass') },
      status: { kind: 'enum', values: appleEnum(doc, 'Device', 'status') },
      model: text,
    },
  };
  const user: Shape = {
    required: ['email'],
    fields: {
      email: text,
      firstName: text,
      lastName: text,
      roles: { kind: 'strings', values: appleEnum(doc, 'User', 'roles') },
      allAppsVisible: flag,
      provisioningAllowed: flag,
      visibleApps: { kind: 'strings' },
    },
  };
  return {
    required: [],
    fields: {
      apps: { kind: 'list', of: app },
      devices: { kind: 'list', of: device },
      users: { kind: 'list', of: user },
    },
  };
}

const describe = (value: unknown) =>
  typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function checkShape(value: unknown, shape: Shape, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SeedFileError(path, `${describe(value)} is not an object`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in shape.fields)) {
      throw new SeedFileError(
        join(path, key),
        `unknown field (expected one of ${Object.keys(shape.fields).join(', ')})`,
      );
    }
  }
  for (const key of shape.required) {
    if (record[key] === undefined) throw new SeedFileError(join(path, key), 'is required');
  }
  for (const [key, kind] of Object.entries(shape.fields)) {
    if (record[key] !== undefined) checkField(record[key], kind, join(path, key));
  }
}

function checkField(value: unknown, kind: FieldKind, path: string): void {
  const fail = (problem: string) => {
    throw new SeedFileError(path, `${describe(value)} ${problem}`);
  };
  switch (kind.kind) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') fail('is not a non-empty string');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail('is not true or false');
      return;
    case 'nullableBoolean':
      if (typeof value !== 'boolean' && value !== null) fail('is not true, false or null');
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) fail('is not an integer');
      if ((value as number) < kind.min || (value as number) > kind.max) {
        fail(`is not between ${kind.min} and ${kind.max}`);
      }
      return;
    case 'date':
      if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) {
        fail('is not an ISO 8601 date');
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !kind.values.includes(value)) {
        fail(`is not one of ${kind.values.join(', ')}`);
      }
      return;
    case 'strings':
      if (!Array.isArray(value)) fail('is not a list');
      (value as unknown[]).forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        if (typeof item !== 'string' || item.trim() === '') {
          throw new SeedFileError(itemPath, `${describe(item)} is not a non-empty string`);
        }
        if (kind.values && !kind.values.includes(item)) {
          throw new SeedFileError(itemPath, `'${item}' is not one of ${kind.values.join(', ')}`);
        }
      });
      return;
    case 'list':
      if (!Array.isArray(value)) fail('is not a list');
      (value as unknown[]).forEach((item, index) => checkShape(item, kind.of, `${path}[${index}]`));
      return;
  }
}

/** Checks what the shapes cannot: names that must be unique or must exist elsewhere in the file. */
function checkReferences(seed: SeedFile): void {
  const bundleIds = new Map<string, number>();
  (seed.apps ?? []).forEach((app, a) => {
    const at = `apps[${a}]`;
    if (bundleIds.has(app.bundleId)) {
      throw new SeedFileError(`${at}.bundleId`, `'${app.bundleId}' appears twice`);
    }
    bundleIds.set(app.bundleId, a);
    if (app.id !== undefined && !/^\d+$/.test(app.id)) {
      throw new SeedFileError(`${at}.id`, `'${app.id}' is not a numeric Apple ID`);
    }
    const groupNames = (app.betaGroups ?? []).map((g) => g.name);
    const buildNumbers = (app.builds ?? []).map((b) => b.number);
    (app.betaGroups ?? []).forEach((group, g) => {
      if (groupNames.indexOf(group.name) !== g) {
        throw new SeedFileError(`${at}.betaGroups[${g}].name`, `'${group.name}' appears twice`);
      }
      if (group.internal && group.publicLinkEnabled) {
        throw new SeedFileError(
          `${at}.betaGroups[${g}].publicLinkEnabled`,
          'an internal group cannot have a public link',
        );
      }
      (group.builds ?? []).forEach((number, i) => {
        if (!buildNumbers.includes(number)) {
          throw new SeedFileError(
            `${at}.betaGroups[${g}].builds[${i}]`,
            `'${number}' is not a build number of this app (${buildNumbers.join(', ') || 'none'})`,
          );
        }
      });
    });
    (app.builds ?? []).forEach((build, b) => {
      if (buildNumbers.indexOf(build.number) !== b) {
        throw new SeedFileError(`${at}.builds[${b}].number`, `'${build.number}' appears twice`);
      }
    });
    (app.testers ?? []).forEach((tester, t) => {
      (tester.groups ?? []).forEach((name, i) => {
        if (!groupNames.includes(name)) {
          throw new SeedFileError(
            `${at}.testers[${t}].groups[${i}]`,
            `'${name}' is not a beta group of this app (${groupNames.join(', ') || 'none'})`,
          );
        }
      });
    });
  });
  const udids = new Set<string>();
  (seed.devices ?? []).forEach((device, d) => {
    const udid = device.udid.replaceAll('-', '').toUpperCase();
    if (udids.has(udid)) {
      throw new SeedFileError(`devices[${d}].udid`, `'${device.udid}' appears twice`);
    }
    udids.add(udid);
  });
  (seed.users ?? []).forEach((user, u) => {
    (user.visibleApps ?? []).forEach((bundleId, i) => {
      if (!bundleIds.has(bundleId)) {
        throw new SeedFileError(
          `users[${u}].visibleApps[${i}]`,
          `'${bundleId}' is not the bundleId of an app in this file`,
        );
      }
    });
  });
}

/** Parses and checks a seed file's text; throws SeedFileError naming the path of the first problem. */
export function parseSeedFile(text: string, doc = OpenApiValidator.load().document): SeedFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SeedFileError('', `not valid JSON (${(error as Error).message})`);
  }
  checkShape(parsed, seedFileShape(doc), '');
  const seed = parsed as SeedFile;
  checkReferences(seed);
  return seed;
}

/** Reads and checks a seed file; throws SeedFileError. */
export function readSeedFile(path: string): SeedFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SeedFileError('', `cannot read ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
  return parseSeedFile(text);
}

export interface SeededAccount {
  apps: { id: string; name: string; bundleId: string }[];
}

function skuFor(bundleId: string): string {
  return bundleId.replace(/[^A-Za-z0-9]+/g, '-').toUpperCase();
}

/** Fills an empty store with the account a seed file describes. */
export function applySeedFile(store: EmulatorStore, seed: SeedFile): SeededAccount {
  const now = store.now();
  const testerIds = new Map<string, string>();
  const appIds = new Map<string, string>();
  const apps: SeededAccount['apps'] = [];

  for (const spec of seed.apps ?? []) {
    const name = spec.name ?? spec.bundleId;
    const platform = spec.platform ?? 'IOS';
    const app = createApp(store, {
      name,
      bundleId: spec.bundleId,
      sku: spec.sku ?? skuFor(spec.bundleId),
      ...(spec.primaryLocale ? { primaryLocale: spec.primaryLocale } : {}),
      ...(spec.id ? { id: spec.id } : {}),
    });
    appIds.set(spec.bundleId, app.id);
    apps.push({ id: app.id, name, bundleId: spec.bundleId });

    store.create(
      'bundleIds',
      {
        name,
        identifier: spec.bundleId,
        platform: platform === 'MAC_OS' ? 'MAC_OS' : 'IOS',
        seedId: TEAM_SEED_ID,
      },
      { app: app.id },
    );

    const versions = new Map<string, string>();
    const buildIds = new Map<string, string>();
    const builds = spec.builds ?? [];
    builds.forEach((build, index) => {
      let versionId = versions.get(build.version);
      if (!versionId) {
        versionId = store.create(
          'preReleaseVersions',
          { version: build.version, platform },
          { app: app.id },
        ).id;
        versions.set(build.version, versionId);
      }
      const created = createBuild(store, {
        appId: app.id,
        preReleaseVersionId: versionId,
        version: build.number,
        processingState: (build.processingState ?? 'VALID') as 'VALID',
        uploadedAt: build.uploadedDate
          ? Date.parse(build.uploadedDate)
          : now - (builds.length - 1 - index) * DAY_MS,
        expired: build.expired ?? false,
        ...(build.processingState === 'PROCESSING'
          ? { processingDurationMs: (build.processingSeconds ?? 60) * 1000 }
          : {}),
        ...(build.usesNonExemptEncryption !== undefined
          ? { usesNonExemptEncryption: build.usesNonExemptEncryption }
          : {}),
      });
      buildIds.set(build.number, created.id);
    });

    const groupIds = new Map<string, string>();
    for (const group of spec.betaGroups ?? []) {
      const internal = group.internal ?? false;
      const publicLinkId = group.publicLinkEnabled
        ? randomBytes(6).toString('base64url').slice(0, 8)
        : undefined;
      const buildNumbers = internal
        ? builds.filter((b) => !b.expired).map((b) => b.number)
        : (group.builds ?? []);
      const created = store.create(
        'betaGroups',
        {
          name: group.name,
          createdDate: isoDate(now - 30 * DAY_MS),
          isInternalGroup: internal,
          hasAccessToAllBuilds: internal,
          publicLinkEnabled: group.publicLinkEnabled ?? false,
          publicLinkId: publicLinkId ?? null,
          publicLink: publicLinkId ? `https://testflight.apple.com/join/${publicLinkId}` : null,
          publicLinkLimitEnabled: group.publicLinkLimit !== undefined,
          publicLinkLimit: group.publicLinkLimit ?? null,
          feedbackEnabled: group.feedbackEnabled ?? true,
          iosBuildsAvailableForAppleSiliconMac: false,
          iosBuildsAvailableForAppleVision: false,
        },
        {
          app: app.id,
          builds: buildNumbers
            .map((number) => buildIds.get(number))
            .filter((id): id is string => id !== undefined),
        },
      );
      groupIds.set(group.name, created.id);
    }

    for (const tester of spec.testers ?? []) {
      const key = tester.email.toLowerCase();
      let testerId = testerIds.get(key);
      if (!testerId) {
        testerId = store.create('betaTesters', {
          firstName: tester.firstName ?? null,
          lastName: tester.lastName ?? null,
          email: tester.email,
          inviteType: 'EMAIL',
          state: tester.state ?? 'INVITED',
          appDevices: [],
        }).id;
        testerIds.set(key, testerId);
      }
      const groups = (tester.groups ?? []).map((name) => groupIds.get(name)!);
      for (const groupId of groups) addTestersToGroup(store, groupId, [testerId]);
      if (groups.length === 0) store.link('betaTesters', testerId, 'apps', [app.id]);
      syncTesterApps(store, testerId);
    }
  }

  (seed.devices ?? []).forEach((device, index) => {
    const platform = device.platform ?? 'IOS';
    store.create('devices', {
      name: device.name,
      platform,
      udid: device.udid,
      deviceClass: device.deviceClass ?? (platform === 'MAC_OS' ? 'MAC' : 'IPHONE'),
      status: device.status ?? 'ENABLED',
      model: device.model ?? null,
      addedDate: isoDate(now - ((seed.devices?.length ?? 0) - index) * DAY_MS),
    });
  });

  for (const user of seed.users ?? []) {
    const allAppsVisible = user.allAppsVisible ?? (user.visibleApps ?? []).length === 0;
    store.create(
      'users',
      {
        username: user.email,
        firstName: user.firstName ?? null,
        lastName: user.lastName ?? null,
        roles: user.roles ?? ['DEVELOPER'],
        allAppsVisible,
        provisioningAllowed: user.provisioningAllowed ?? true,
      },
      allAppsVisible
        ? {}
        : { visibleApps: (user.visibleApps ?? []).map((bundleId) => appIds.get(bundleId)!) },
    );
  }
  return { apps };
}
