import type { AscClient } from '../../asc/client.js';
import { collectAll } from '../../asc/pagination.js';
import type { App } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import type { ResolvedApp } from './resolve-app.js';

const appReference = /^(\d+|[A-Za-z0-9][A-Za-z0-9.-]*)$/;

/** Problems with app references (bundle IDs or numeric app IDs), or undefined when all are valid. */
export function appReferenceProblem(references: string[]): string | undefined {
  const bad = references.filter((reference) => !appReference.test(reference));
  if (bad.length === 0) return undefined;
  return `${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} neither a bundle ID (com.example.app) nor a numeric app ID`;
}

/** Reads a list input of apps (bundle IDs or app IDs); empty when not given. */
export function readAppReferences(inputs: InputReader, name: string): string[] {
  const references = [...new Set(inputs.list(name))];
  const problem = appReferenceProblem(references);
  if (problem) throw new InputError(name, problem);
  return references;
}

/**
 * Resolves many app references with one listing of the apps the key can see (rather than one
 * look-up per app). An unknown reference is an input error naming `inputName`.
 */
export async function resolveAppReferences(
  client: AscClient,
  references: string[],
  inputName: string,
): Promise<Map<string, ResolvedApp>> {
  const resolved = new Map<string, ResolvedApp>();
  if (references.length === 0) return resolved;
  const { data } = await collectAll<App>(client, '/v1/apps', {
    fields: { apps: ['bundleId', 'name'] },
  });
  const apps = data.map((app) => ({
    id: app.id,
    bundleId: app.attributes?.bundleId ?? '',
    name: app.attributes?.name ?? '',
  }));
  const missing: string[] = [];
  for (const reference of references) {
    const app = apps.find((a) => a.id === reference || a.bundleId === reference);
    if (app) resolved.set(reference, app);
    else missing.push(reference);
  }
  if (missing.length > 0) {
    const known = apps.map((a) => a.bundleId || a.id).slice(0, 10);
    throw new InputError(
      inputName,
      `no app ${missing.map((m) => `'${m}'`).join(', ')} is visible to this API key; its apps include ${known.join(', ') || '(none)'}`,
    );
  }
  return resolved;
}
