import type { EmulatorStore, StoredResource } from '../store.js';

/** Applies `sort=a,-b`: attributes, or a to-one relationship compared by its target's version/name. */
export function applySort(
  resources: StoredResource[],
  sort: string | null,
  store: EmulatorStore,
): StoredResource[] {
  if (!sort) return resources;
  const keys = sort
    .split(',')
    .filter((k) => k !== '')
    .map((k) => (k.startsWith('-') ? { name: k.slice(1), sign: -1 } : { name: k, sign: 1 }));
  return [...resources].sort((a, b) => {
    for (const key of keys) {
      const order = compareValues(sortValue(a, key.name, store), sortValue(b, key.name, store));
      if (order !== 0) return order * key.sign;
    }
    return 0;
  });
}

function sortValue(resource: StoredResource, name: string, store: EmulatorStore): unknown {
  if (name === 'id') return resource.id;
  if (name in resource.attributes) return resource.attributes[name];
  const info = store.relationshipInfo(resource.type, name);
  const targetId = resource.relationships[name]?.[0];
  if (!info || targetId === undefined) return undefined;
  const target = store.get(info.targetType, targetId);
  return target?.attributes.version ?? target?.attributes.name ?? targetId;
}

function compareValues(a: unknown, b: unknown): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true });
}
