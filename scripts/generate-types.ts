/**
 * Generates src/asc/generated/app-store-connect.ts: TypeScript types for the App Store Connect
 * schemas the action uses, taken from Apple's bundled OpenAPI document.
 *
 * Run: npx tsx scripts/generate-types.ts   (or: npm run generate:types)
 * To cover more of the API, add component schema names to SCHEMA_NAMES; to name an enum Apple's
 * document only has inline in a resource's attributes, add it to ATTRIBUTE_ALIASES.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import {
  BUNDLED_DOCUMENT_URL,
  readOpenApiDocument,
  refName,
  type OpenApiDocument,
  type SchemaObject,
} from '../src/emulator/openapi/openapi-document.js';

/** Component schemas to generate; every schema they reference is added (except *Response ones). */
export const SCHEMA_NAMES = [
  // Resources
  'App',
  'Build',
  'PrereleaseVersion',
  'BuildBetaDetail',
  'BetaBuildLocalization',
  'BetaGroup',
  'BetaTester',
  'BetaFeedbackCrashSubmission',
  'BetaFeedbackScreenshotSubmission',
  'BetaCrashLog',
  'BetaTesterInvitation',
  'BetaAppReviewSubmission',
  'BetaAppReviewDetail',
  'BuildBetaNotification',
  'Device',
  'BundleId',
  'BundleIdCapability',
  'Certificate',
  'Profile',
  'User',
  'UserInvitation',
  // App Store versions and review submissions
  'AppStoreVersion',
  'AppStoreVersionLocalization',
  'AppStoreVersionPhasedRelease',
  'ReviewSubmission',
  'ReviewSubmissionItem',
  'AppStoreVersionReleaseRequest',
  'AppStoreVersionCreateRequest',
  'AppStoreVersionUpdateRequest',
  'AppStoreVersionBuildLinkageRequest',
  'AppStoreVersionLocalizationCreateRequest',
  'AppStoreVersionLocalizationUpdateRequest',
  'AppStoreVersionPhasedReleaseCreateRequest',
  'AppStoreVersionPhasedReleaseUpdateRequest',
  'ReviewSubmissionCreateRequest',
  'ReviewSubmissionUpdateRequest',
  'ReviewSubmissionItemCreateRequest',
  'AppStoreVersionReleaseRequestCreateRequest',
  // Enumerations
  'UserRole',
  'BundleIdPlatform',
  'Platform',
  'CertificateType',
  'CapabilityType',
  'CapabilitySetting',
  // Documents
  'ErrorResponse',
  'PagingInformation',
  'PagedDocumentLinks',
  'DocumentLinks',
  // Requests
  'BetaGroupCreateRequest',
  'BetaGroupUpdateRequest',
  'BetaTesterCreateRequest',
  'BetaTesterInvitationCreateRequest',
  'BetaGroupBetaTestersLinkagesRequest',
  'BetaGroupBuildsLinkagesRequest',
  'BetaTesterBetaGroupsLinkagesRequest',
  'BetaTesterBuildsLinkagesRequest',
  'BetaTesterAppsLinkagesRequest',
  'AppBetaTestersLinkagesRequest',
  'BuildBetaGroupsLinkagesRequest',
  'BuildIndividualTestersLinkagesRequest',
  'BuildUpdateRequest',
  'BuildBetaDetailUpdateRequest',
  'BetaBuildLocalizationCreateRequest',
  'BetaBuildLocalizationUpdateRequest',
  'BetaAppReviewSubmissionCreateRequest',
  'BetaAppReviewDetailUpdateRequest',
  'BuildBetaNotificationCreateRequest',
  'DeviceCreateRequest',
  'DeviceUpdateRequest',
  'BundleIdCreateRequest',
  'BundleIdUpdateRequest',
  'BundleIdCapabilityCreateRequest',
  'BundleIdCapabilityUpdateRequest',
  'CertificateCreateRequest',
  'CertificateUpdateRequest',
  'ProfileCreateRequest',
  'UserUpdateRequest',
  'UserVisibleAppsLinkagesRequest',
  'UserInvitationCreateRequest',
  // Build upload
  'BuildUpload',
  'BuildUploadFile',
  'BuildUploadCreateRequest',
  'BuildUploadFileCreateRequest',
  'BuildUploadFileUpdateRequest',
];

/**
 * Enums Apple's document declares only inline, in one attribute of a resource schema (no component
 * schema of their own): each gets a named alias in the generated file, so every API type name
 * comes from one place. Alias name → [resource schema, attribute].
 */
export const ATTRIBUTE_ALIASES: Readonly<Record<string, readonly [string, string]>> = {
  DevicePlatform: ['Device', 'platform'],
  DeviceStatus: ['Device', 'status'],
  DeviceClass: ['Device', 'deviceClass'],
  ProfileType: ['Profile', 'profileType'],
  ProfileState: ['Profile', 'profileState'],
  BuildProcessingState: ['Build', 'processingState'],
  BuildUploadFileUti: ['BuildUploadFile', 'uti'],
};

/** `export type X = …` lines for ATTRIBUTE_ALIASES; refuses attributes the document does not have. */
export function attributeAliases(
  doc: OpenApiDocument,
  aliases: Readonly<Record<string, readonly [string, string]>> = ATTRIBUTE_ALIASES,
): string[] {
  const schemas = doc.components.schemas;
  return Object.entries(aliases).map(([alias, [resource, attribute]]) => {
    if (alias in schemas) {
      throw new Error(`${alias} is a component schema; list it in SCHEMA_NAMES instead`);
    }
    const attributes = schemas[resource]?.properties?.attributes?.properties;
    if (!attributes || !(attribute in attributes)) {
      throw new Error(`${alias}: the document has no ${resource}.attributes.${attribute}`);
    }
    return `export type ${alias} = NonNullable<NonNullable<${resource}['attributes']>['${attribute}']>;`;
  });
}

const OUTPUT_URL = new URL('../src/asc/generated/app-store-connect.ts', import.meta.url);
const COMMAND = 'npx tsx scripts/generate-types.ts';

/** The requested schemas plus everything they reference, in the document's order. */
export function collectSchemas(
  doc: OpenApiDocument,
  names: readonly string[],
): Record<string, SchemaObject> {
  const schemas = doc.components.schemas;
  const unknown = names.filter((name) => !(name in schemas));
  if (unknown.length > 0) throw new Error(`Unknown schema names: ${unknown.join(', ')}`);
  const wanted = new Set<string>();
  const visit = (name: string, requestedBy?: string) => {
    if (wanted.has(name)) return;
    if (requestedBy && name.endsWith('Response') && !names.includes(name)) {
      throw new Error(`${requestedBy} references the response schema ${name}; list it explicitly`);
    }
    wanted.add(name);
    for (const ref of refsIn(schemas[name])) visit(refName(ref), name);
  };
  names.forEach((name) => visit(name));
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => wanted.has(name)));
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refsIn(child, found);
    }
  }
  return found;
}

async function main(): Promise<void> {
  const doc = readOpenApiDocument();
  const schemas = collectSchemas(doc, SCHEMA_NAMES);
  const aliases = attributeAliases(doc);
  const subset = {
    openapi: doc.openapi,
    info: doc.info,
    paths: {},
    components: { schemas },
  } as unknown as OpenAPI3;
  const ast = await openapiTS(subset, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    alphabetize: false,
  });
  const root = fileURLToPath(new URL('..', import.meta.url));
  const source = relative(root, fileURLToPath(BUNDLED_DOCUMENT_URL));
  const header = [
    '/**',
    ' * GENERATED FILE - DO NOT EDIT.',
    ` * Generated from ${source} (${doc.info.title} ${doc.info.version})`,
    ` * by \`${COMMAND}\`; to add types, extend SCHEMA_NAMES in scripts/generate-types.ts.`,
    ` * Schemas: ${Object.keys(schemas).length} (the listed ones and everything they reference),`,
    ' * each exported under its own name; plus named aliases for enums the document has only inline',
    ' * in an attribute (ATTRIBUTE_ALIASES). This file is the one place for API type names.',
    ' */',
    '',
  ].join('\n');
  const output = fileURLToPath(OUTPUT_URL);
  mkdirSync(dirname(output), { recursive: true });
  const aliasBlock = [
    '',
    '/** Enums the document declares only inline in an attribute (ATTRIBUTE_ALIASES). */',
    ...aliases,
    '',
  ].join('\n');
  writeFileSync(output, header + astToString(ast) + aliasBlock);
  console.log(`Wrote ${relative(root, output)} with ${Object.keys(schemas).length} schemas`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
