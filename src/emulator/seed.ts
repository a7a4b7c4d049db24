import { randomBytes, randomUUID } from 'node:crypto';
import { isoDate, DAY_MS } from './dates.js';
import { createFeedback } from './resources/feedback.js';
import {
  TEAM_SEED_ID,
  issuedCertificateAttributes,
  profileContent,
} from './resources/provisioning.js';
import { createLiveVersion } from './resources/app-store.js';
import { capabilityId } from './resources/signing.js';
import { addTestersToGroup, createBuild, syncTesterApps } from './resources/testflight.js';
import type { EmulatorStore } from './store.js';

export interface SeedOptions {
  /** Testers spread over the three groups (default 12). */
  testers?: number;
  /** Devices (default 8; the 7th one, when present, is DISABLED). */
  devices?: number;
  /** How long build 1.1 (4) stays PROCESSING unless the emulator overrides it (default 5 min). */
  processingBuildDurationMs?: number;
}

export interface SeededBuild {
  id: string;
  version: string;
  marketingVersion: string;
  processingState: string;
  expired: boolean;
}

export interface DemoAccount {
  app: { id: string; name: string; bundleId: string };
  widgetApp: { id: string; name: string; bundleId: string };
  preReleaseVersions: { id: string; version: string; platform: string }[];
  builds: SeededBuild[];
  betaGroups: {
    internal: { id: string; name: string };
    external: { id: string; name: string };
    publicBeta: { id: string; name: string; publicLink: string };
  };
  testers: { id: string; email: string; groupId: string }[];
  devices: { id: string; name: string; udid: string; platform: string; status: string }[];
  bundleId: { id: string; identifier: string };
  certificate: { id: string; serialNumber: string };
  /** The DISTRIBUTION certificate that signs the ad hoc profile. */
  distributionCertificate: { id: string; serialNumber: string };
  profiles: {
    development: { id: string; name: string };
    adHoc: { id: string; name: string };
    /** Listed by the bundle ID's profiles relationship, but 404 when read (deleted on Apple's side). */
    stale: { id: string; name: string };
  };
  users: { id: string; username: string; roles: string[] }[];
  /** Testers' feedback of the app, newest first (crash and screenshot submissions). */
  feedback: { id: string; kind: 'crash' | 'screenshot'; createdDate: string }[];
  /** The live App Store version (1.0, READY_FOR_SALE, build 2). */
  appStoreVersion: { id: string; versionString: string };
}

const FIRST_NAMES = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Ken', 'Radia'];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Torvalds', 'Hamilton', 'Turing', 'Liskov', 'Thompson'];

const DEMO_DEVICES = [
  { name: 'iPhone 15 Pro', platform: 'IOS', deviceClass: 'IPHONE', model: 'iPhone 15 Pro' },
  { name: 'iPhone 13', platform: 'IOS', deviceClass: 'IPHONE', model: 'iPhone 13' },
  { name: 'iPad Pro 12.9"', platform: 'IOS', deviceClass: 'IPAD', model: 'iPad Pro (12.9-inch)' },
  { name: 'iPad Air', platform: 'IOS', deviceClass: 'IPAD', model: 'iPad Air (5th generation)' },
  // Apple lists Macs with the undocumented classes APPLE_SILICON_MAC and INTEL_MAC.
  {
    name: 'MacBook Pro',
    platform: 'MAC_OS',
    deviceClass: 'APPLE_SILICON_MAC',
    model: 'MacBook Pro (14-inch)',
  },
  { name: 'Mac mini', platform: 'MAC_OS', deviceClass: 'INTEL_MAC' },
  { name: 'Old iPhone SE', platform: 'IOS', deviceClass: 'IPHONE', model: 'iPhone SE' },
  { name: 'iPhone 12 mini', platform: 'IOS', deviceClass: 'IPHONE', model: 'iPhone 12 mini' },
];

function fakeUdid(platform: string): string {
  if (platform === 'MAC_OS') return randomUUID().toUpperCase();
  return `00008${randomBytes(2).toString('hex').slice(0, 3)}-${randomBytes(8).toString('hex').toUpperCase()}`;
}

export interface NewApp {
  name: string;
  bundleId: string;
  sku: string;
  primaryLocale?: string;
  id?: string;
}

/** An app with its beta app review details, as App Store Connect keeps one per app. */
export function createApp(
  store: EmulatorStore,
  app: NewApp,
  reviewContact: Partial<
    Record<'contactFirstName' | 'contactLastName' | 'contactPhone' | 'contactEmail', string>
  > = {},
) {
  const created = store.create(
    'apps',
    {
      name: app.name,
      bundleId: app.bundleId,
      sku: app.sku,
      primaryLocale: app.primaryLocale ?? 'en-US',
      isOrEverWasMadeForKids: false,
    },
    {},
    app.id,
  );
  store.create(
    'betaAppReviewDetails',
    {
      contactFirstName: null,
      contactLastName: null,
      contactPhone: null,
      contactEmail: null,
      demoAccountName: null,
      demoAccountPassword: null,
      demoAccountRequired: false,
      notes: null,
      ...reviewContact,
    },
    { app: created.id },
    created.id,
  );
  return created;
}

/** Creates `count` testers in an app (in `groupId` when given), for benchmarks and paging tests. */
export function seedTesters(
  store: EmulatorStore,
  appId: string,
  count: number,
  groupId?: string,
  opts: { emailPrefix?: string } = {},
): string[] {
  const prefix = opts.emailPrefix ?? `tester-${randomBytes(3).toString('hex')}`;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const tester = store.create('betaTesters', {
      firstName: FIRST_NAMES[i % FIRST_NAMES.length],
      lastName: LAST_NAMES[i % LAST_NAMES.length],
      email: `${prefix}-${i + 1}@example.com`,
      inviteType: 'EMAIL',
      state: i % 3 === 0 ? 'INSTALLED' : i % 3 === 1 ? 'ACCEPTED' : 'INVITED',
      appDevices: [],
    });
    ids.push(tester.id);
  }
  if (groupId) addTestersToGroup(store, groupId, ids);
  else for (const id of ids) store.link('betaTesters', id, 'apps', [appId]);
  return ids;
}

/** Registers `count` devices (names `Device N`), for benchmarks. */
export function seedDevices(
  store: EmulatorStore,
  count: number,
  platform: 'IOS' | 'MAC_OS' = 'IOS',
): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      store.create('devices', {
        name: `Device ${i + 1}`,
        platform,
        udid: fakeUdid(platform),
        deviceClass: platform === 'MAC_OS' ? 'MAC' : 'IPHONE',
        status: 'ENABLED',
        model: null,
        addedDate: isoDate(store.now()),
      }).id,
    );
  }
  return ids;
}

/** Fills a store with a small, realistic App Store Connect account (see DemoAccount). */
export function seedDemoAccount(store: EmulatorStore, opts: SeedOptions = {}): DemoAccount {
  const now = store.now();
  const app = createApp(
    store,
    { name: 'Demo App', bundleId: 'com.example.demo', sku: 'DEMO-APP', id: '1234567890' },
    {
      contactFirstName: 'Ada',
      contactLastName: 'Lovelace',
      contactPhone: '+1 555 0100',
      contactEmail: 'review@example.com',
    },
  );
  const widgetApp = createApp(store, {
    name: 'Demo Widget',
    bundleId: 'com.example.demo.widget',
    sku: 'DEMO-WIDGET',
    id: '1234567891',
  });

  const versions = ['1.0', '1.1'].map((version) =>
    store.create('preReleaseVersions', { version, platform: 'IOS' }, { app: app.id }),
  );
  const [v10, v11] = versions as [(typeof versions)[0], (typeof versions)[0]];
  const buildSpecs = [
    { version: '1', pre: v10, ageDays: 100, processingState: 'VALID' as const, expired: true },
    { version: '2', pre: v10, ageDays: 20, processingState: 'VALID' as const, expired: false },
    { version: '3', pre: v11, ageDays: 3, processingState: 'VALID' as const, expired: false },
    { version: '4', pre: v11, ageDays: 0, processingState: 'PROCESSING' as const, expired: false },
  ];
  const builds = buildSpecs.map((spec) =>
    createBuild(store, {
      appId: app.id,
      preReleaseVersionId: spec.pre.id,
      version: spec.version,
      processingState: spec.processingState,
      uploadedAt: now - spec.ageDays * DAY_MS,
      expired: spec.expired,
      ...(spec.processingState === 'PROCESSING'
        ? { processingDurationMs: opts.processingBuildDurationMs ?? 5 * 60 * 1000 }
        : {}),
    }),
  );
  const [, build2, build3] = builds;
  // The App Store history: 1.0 is live, so that submitting 1.1 creates a new version.
  const liveVersion = createLiveVersion(store, {
    appId: app.id,
    platform: 'IOS',
    versionString: '1.0',
    ...(build2 ? { buildId: build2.id } : {}),
    createdAt: now - 25 * DAY_MS,
    localizations: [
      {
        locale: 'en-US',
        description: 'The demo app of the App Store Connect emulator.',
        keywords: 'demo,example',
        whatsNew: 'First release.',
      },
    ],
  });

  const groupAttributes = (name: string, extra: Record<string, unknown>) => ({
    name,
    createdDate: isoDate(now - 30 * DAY_MS),
    isInternalGroup: false,
    hasAccessToAllBuilds: false,
    publicLinkEnabled: false,
    publicLinkLimitEnabled: false,
    feedbackEnabled: true,
    iosBuildsAvailableForAppleSiliconMac: false,
    iosBuildsAvailableForAppleVision: false,
    ...extra,
  });
  const internal = store.create(
    'betaGroups',
    groupAttributes('Internal QA', { isInternalGroup: true, hasAccessToAllBuilds: true }),
    { app: app.id, builds: builds.filter((b) => !b.attributes.expired).map((b) => b.id) },
  );
  const external = store.create('betaGroups', groupAttributes('External Testers', {}), {
    app: app.id,
    builds: [build2?.id, build3?.id].filter((id): id is string => id !== undefined),
  });
  const publicLinkId = 'DeMoBeTa';
  const publicBeta = store.create(
    'betaGroups',
    groupAttributes('Public Beta', {
      publicLinkEnabled: true,
      publicLinkId,
      publicLink: `https://testflight.apple.com/join/${publicLinkId}`,
      publicLinkLimitEnabled: true,
      publicLinkLimit: 1000,
    }),
    { app: app.id, builds: build3 ? [build3.id] : [] },
  );

  const groups = [internal, external, publicBeta];
  const testers: DemoAccount['testers'] = [];
  const testerCount = opts.testers ?? 12;
  for (let i = 0; i < testerCount; i++) {
    const group = groups[i % 3] ?? internal;
    const email = `tester${i + 1}@example.com`;
    const tester = store.create('betaTesters', {
      firstName: FIRST_NAMES[i % FIRST_NAMES.length],
      lastName: LAST_NAMES[i % LAST_NAMES.length],
      email,
      inviteType: group === publicBeta ? 'PUBLIC_LINK' : 'EMAIL',
      state: ['INSTALLED', 'ACCEPTED', 'INVITED'][i % 3],
      appDevices: [],
    });
    addTestersToGroup(store, group.id, [tester.id]);
    syncTesterApps(store, tester.id);
    testers.push({ id: tester.id, email, groupId: group.id });
  }

  if (build3) {
    store.create(
      'betaBuildLocalizations',
      { locale: 'en-US', whatsNew: 'Bug fixes and improvements.' },
      { build: build3.id },
    );
  }

  const devices: DemoAccount['devices'] = [];
  const deviceCount = opts.devices ?? 8;
  for (let i = 0; i < deviceCount; i++) {
    const spec = DEMO_DEVICES[i % DEMO_DEVICES.length] ?? DEMO_DEVICES[0]!;
    const status = i === 6 ? 'DISABLED' : 'ENABLED';
    const name = i < DEMO_DEVICES.length ? spec.name : `${spec.name} ${i + 1}`;
    const device = store.create('devices', {
      ...spec,
      name,
      udid: fakeUdid(spec.platform),
      status,
      addedDate: isoDate(now - (deviceCount - i) * DAY_MS),
    });
    devices.push({
      id: device.id,
      name,
      udid: String(device.attributes.udid),
      platform: spec.platform,
      status,
    });
  }

  const bundle = store.create(
    'bundleIds',
    { name: 'Demo App', identifier: 'com.example.demo', platform: 'IOS', seedId: TEAM_SEED_ID },
    { app: app.id },
  );
  store.create(
    'bundleIdCapabilities',
    { capabilityType: 'PUSH_NOTIFICATIONS', settings: [] },
    { bundleId: bundle.id },
    capabilityId(bundle.id, 'PUSH_NOTIFICATIONS'),
  );
  const certificate = store.create('certificates', issuedCertificateAttributes('DEVELOPMENT', now));
  const distribution = store.create(
    'certificates',
    issuedCertificateAttributes('DISTRIBUTION', now),
  );

  const iosDeviceIds = devices
    .filter((d) => d.platform === 'IOS' && d.status === 'ENABLED')
    .map((d) => d.id);
  const makeProfile = (name: string, profileType: string, certificateId: string) => {
    const uuid = randomUUID();
    return store.create(
      'profiles',
      {
        name,
        platform: 'IOS',
        profileType,
        profileState: 'ACTIVE',
        uuid,
        createdDate: isoDate(now - 10 * DAY_MS),
        expirationDate: isoDate(now + 355 * DAY_MS),
        profileContent: profileContent(store, name, uuid, iosDeviceIds, {
          profileType,
          bundleIdentifier: 'com.example.demo',
          certificateIds: [certificateId],
          createdMs: now - 10 * DAY_MS,
          expiresMs: now + 355 * DAY_MS,
        }),
      },
      { bundleId: bundle.id, certificates: [certificateId], devices: iosDeviceIds },
    );
  };
  const development = makeProfile('Demo App Development', 'IOS_APP_DEVELOPMENT', certificate.id);
  const adHoc = makeProfile('Demo App Ad Hoc', 'IOS_APP_ADHOC', distribution.id);
  // A deleted profile that Apple still lists among the bundle ID's profiles: reading it answers 404.
  const stale = makeProfile('Demo App Old Development', 'IOS_APP_DEVELOPMENT', certificate.id);
  stale.internal.stale = true;
  delete stale.attributes.profileContent;

  const userSpecs = [
    {
      username: 'owner@example.com',
      firstName: 'Olivia',
      lastName: 'Owner',
      roles: ['ACCOUNT_HOLDER', 'ADMIN'],
      allAppsVisible: true,
    },
    {
      username: 'dev@example.com',
      firstName: 'Devin',
      lastName: 'Developer',
      roles: ['DEVELOPER'],
      allAppsVisible: false,
    },
  ];
  const users = userSpecs.map((spec) => {
    const user = store.create(
      'users',
      { ...spec, provisioningAllowed: true },
      spec.allAppsVisible ? {} : { visibleApps: [app.id] },
    );
    return { id: user.id, username: spec.username, roles: spec.roles };
  });

  const HOUR_MS = 60 * 60 * 1000;
  const feedbackSpecs = [
    {
      kind: 'crash' as const,
      ageHours: 2,
      build: build3,
      comment: 'The app closed when I pulled to refresh the list.',
    },
    {
      kind: 'screenshot' as const,
      ageHours: 5,
      build: build3,
      comment: 'The Save button is cut off in landscape.\nSee the second screenshot.',
      screenshots: 2,
    },
    { kind: 'crash' as const, ageHours: 30, build: build2, comment: '' },
    {
      kind: 'screenshot' as const,
      ageHours: 80,
      build: build2,
      comment: 'Typo on the welcome screen: "Wellcome".',
    },
  ];
  const feedback = feedbackSpecs.flatMap((spec, i) => {
    if (!spec.build) return [];
    const tester = testers[i % Math.max(1, testers.length)];
    const resource = createFeedback(store, {
      appId: app.id,
      buildId: spec.build.id,
      ...(tester ? { testerId: tester.id, email: tester.email } : {}),
      kind: spec.kind,
      createdAt: now - spec.ageHours * HOUR_MS,
      comment: spec.comment,
      deviceModel: i % 2 === 0 ? 'iPhone15_2' : 'iPad13_4',
      osVersion: i % 2 === 0 ? '18.1' : '17.6.1',
      ...('screenshots' in spec ? { screenshots: spec.screenshots } : {}),
    });
    return [
      { id: resource.id, kind: spec.kind, createdDate: String(resource.attributes.createdDate) },
    ];
  });

  return {
    app: { id: app.id, name: 'Demo App', bundleId: 'com.example.demo' },
    widgetApp: { id: widgetApp.id, name: 'Demo Widget', bundleId: 'com.example.demo.widget' },
    preReleaseVersions: versions.map((v) => ({
      id: v.id,
      version: String(v.attributes.version),
      platform: 'IOS',
    })),
    builds: builds.map((b, i) => ({
      id: b.id,
      version: String(b.attributes.version),
      marketingVersion: buildSpecs[i]?.pre.attributes.version as string,
      processingState: String(b.attributes.processingState),
      expired: Boolean(b.attributes.expired),
    })),
    betaGroups: {
      internal: { id: internal.id, name: 'Internal QA' },
      external: { id: external.id, name: 'External Testers' },
      publicBeta: {
        id: publicBeta.id,
        name: 'Public Beta',
        publicLink: String(publicBeta.attributes.publicLink),
      },
    },
    testers,
    devices,
    bundleId: { id: bundle.id, identifier: 'com.example.demo' },
    certificate: { id: certificate.id, serialNumber: String(certificate.attributes.serialNumber) },
    distributionCertificate: {
      id: distribution.id,
      serialNumber: String(distribution.attributes.serialNumber),
    },
    profiles: {
      development: { id: development.id, name: 'Demo App Development' },
      adHoc: { id: adHoc.id, name: 'Demo App Ad Hoc' },
      stale: { id: stale.id, name: 'Demo App Old Development' },
    },
    users,
    feedback,
    appStoreVersion: { id: liveVersion.id, versionString: '1.0' },
  };
}
