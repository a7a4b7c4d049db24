import type { AscClient } from '../../asc/client.js';
import type { SingleDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import type {
  BundleId,
  BundleIdCapability,
  BundleIdCapabilityCreateRequest,
  BundleIdCapabilityUpdateRequest,
  BundleIdCreateRequest,
  BundleIdPlatform,
  BundleIdUpdateRequest,
} from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import {
  capabilitySettings,
  describeCapability,
  enabledOption,
  parseCapabilities,
  type CapabilityRequest,
} from '../shared/capability-input.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import {
  findBundleId,
  parseBundleIdentifier,
  toBundleIdSummary,
  type BundleIdSummary,
} from '../shared/resolve-bundle-id.js';

const platforms: readonly BundleIdPlatform[] = ['IOS', 'MAC_OS', 'UNIVERSAL'];

/** Apple allows letters, digits and spaces in a bundle ID's name. */
function defaultName(identifier: string): string {
  return identifier.replace(/[^A-Za-z0-9 ]+/g, ' ').trim() || 'App';
}

async function listCapabilities(
  client: AscClient,
  bundleId: string,
): Promise<BundleIdCapability[]> {
  const { data } = await collectAll<BundleIdCapability>(
    client,
    `/v1/bundleIds/${bundleId}/bundleIdCapabilities`,
  );
  return data;
}

function capabilityUpdateRequest(
  id: string,
  request: CapabilityRequest,
): BundleIdCapabilityUpdateRequest {
  return {
    data: {
      type: 'bundleIdCapabilities',
      id,
      attributes: { capabilityType: request.type, settings: capabilitySettings(request) },
    },
  };
}

function addCapability(
  client: AscClient,
  bundleId: () => string,
  request: CapabilityRequest,
): PlannedChange {
  return {
    kind: 'create',
    target: `capability ${describeCapability(request)}`,
    apply: async () => {
      const id = bundleId();
      const body: BundleIdCapabilityCreateRequest = {
        data: {
          type: 'bundleIdCapabilities',
          attributes: { capabilityType: request.type, settings: capabilitySettings(request) },
          relationships: { bundleId: { data: { type: 'bundleIds', id } } },
        },
      };
      const findEnabled = async (): Promise<BundleIdCapability | undefined> =>
        (await listCapabilities(client, id)).find(
          (c) => c.attributes?.capabilityType === request.type,
        );
      // Apple enables some capabilities (In-App Purchase, Game Center) on every new bundle ID,
      // and another run may have enabled one meanwhile: Apple answers 409 and the client re-reads
      // it here. Then it is there, as asked; only a different setting is changed.
      let found: BundleIdCapability | undefined;
      await client.post<SingleDocument<BundleIdCapability>>('/v1/bundleIdCapabilities', body, {
        recover: async () => {
          found = await findEnabled();
          return found ? { data: found } : undefined;
        },
      });
      if (
        found &&
        request.setting &&
        enabledOption(found.attributes?.settings) !== request.setting.option
      ) {
        await client.patch(
          `/v1/bundleIdCapabilities/${found.id}`,
          capabilityUpdateRequest(found.id, request),
        );
      }
    },
  };
}

/**
 * `register-bundle-id`: registers the bundle ID when it is missing, renames it when `name` differs,
 * and adds (or re-sets) the `capabilities` asked for. Capabilities it already has are left alone.
 */
export const registerBundleId = defineOperation({
  name: 'register-bundle-id',
  parse: (inputs) => ({
    identifier: parseBundleIdentifier(inputs, { required: true }) as string,
    name: inputs.optional('name'),
    platform: inputs.choice('platform', platforms),
    capabilities: parseCapabilities(inputs.list('capabilities')),
  }),
  async run(context, inputs) {
    const { client } = context;
    if (inputs.name !== undefined && !/^[A-Za-z0-9 ]+$/.test(inputs.name)) {
      throw new InputError(
        'name',
        `'${inputs.name}' may hold only letters, digits and spaces (Apple's rule for bundle ID names)`,
      );
    }
    const existing = await findBundleId(client, inputs.identifier);
    if (existing && inputs.platform && existing.platform !== inputs.platform) {
      throw new InputError(
        'platform',
        `${inputs.identifier} is already registered for ${existing.platform}; Apple cannot change a bundle ID's platform`,
      );
    }
    const current = existing ? await listCapabilities(client, existing.id) : [];

    let bundle: BundleIdSummary | undefined = existing;
    const plan = new Plan();
    if (!existing) {
      const body: BundleIdCreateRequest = {
        data: {
          type: 'bundleIds',
          attributes: {
            identifier: inputs.identifier,
            name: inputs.name ?? defaultName(inputs.identifier),
            platform: inputs.platform ?? 'IOS',
          },
        },
      };
      plan.step({
        kind: 'create',
        target: `bundle ID ${inputs.identifier}`,
        detail: `${body.data.attributes.platform}, named '${body.data.attributes.name}'`,
        apply: async () => {
          const document = await client.post<SingleDocument<BundleId>>('/v1/bundleIds', body, {
            recover: async () => {
              const found = await findBundleId(client, inputs.identifier);
              return found
                ? {
                    data: {
                      type: 'bundleIds',
                      id: found.id,
                      attributes: { identifier: found.identifier, name: found.name },
                    },
                  }
                : undefined;
            },
          });
          if (document) bundle = toBundleIdSummary(document.data);
        },
      });
    } else if (inputs.name !== undefined && existing.name !== inputs.name) {
      const body: BundleIdUpdateRequest = {
        data: { type: 'bundleIds', id: existing.id, attributes: { name: inputs.name } },
      };
      plan.step({
        kind: 'update',
        target: `bundle ID ${inputs.identifier}`,
        detail: `name '${existing.name}' → '${inputs.name}'`,
        apply: async () => {
          await client.patch(`/v1/bundleIds/${existing.id}`, body);
        },
      });
    }

    const bundleIdNow = (): string => {
      if (!bundle) throw new Error(`bundle ID ${inputs.identifier} was not created`);
      return bundle.id;
    };
    const capabilityChanges: PlannedChange[] = [];
    const unchanged: string[] = [];
    for (const request of inputs.capabilities) {
      const have = current.find((c) => c.attributes?.capabilityType === request.type);
      if (!have) {
        capabilityChanges.push(addCapability(client, bundleIdNow, request));
      } else if (
        request.setting &&
        enabledOption(have.attributes?.settings) !== request.setting.option
      ) {
        const body = capabilityUpdateRequest(have.id, request);
        capabilityChanges.push({
          kind: 'update',
          target: `capability ${request.type}`,
          detail: `${enabledOption(have.attributes?.settings) ?? 'no option'} → ${request.setting.option}`,
          apply: async () => {
            await client.patch(`/v1/bundleIdCapabilities/${have.id}`, body);
          },
        });
      } else {
        unchanged.push(describeCapability(request));
      }
    }
    plan.stage(capabilityChanges);
    const applied = await applyPlan(context, plan);

    const capabilities = [
      ...new Set([
        ...current.map((c) => c.attributes?.capabilityType ?? ''),
        ...(applied ? inputs.capabilities.map((c) => c.type) : []),
      ]),
    ].filter(Boolean);
    return {
      result: {
        bundleId: bundle ?? { identifier: inputs.identifier, id: null },
        created: !existing,
        capabilities,
        capabilitiesAlreadyEnabled: unchanged,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'bundle-id-resource-id': bundle?.id,
        capabilities,
      },
      summary: {
        title: `Bundle ID ${inputs.identifier}`,
        sections: [
          {
            lines: [
              existing
                ? `Already registered (${existing.platform}, id ${existing.id}).`
                : 'Not registered yet: created by this run.',
              `Capabilities: ${capabilities.join(', ') || 'none'}.`,
            ],
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
