import type { AnyOperation } from './operation.js';
import { listDevices } from './provisioning/list-devices.js';
import { listGroups } from './testflight/list-groups.js';
import { listTesters } from './testflight/list-testers.js';

const operations: AnyOperation[] = [listGroups, listTesters, listDevices];

export type { AnyOperation };

export function operationNames(): string[] {
  return operations.map((operation) => operation.name);
}

export function findOperation(name: string): AnyOperation | undefined {
  const wanted = name.trim().toLowerCase();
  return operations.find((operation) => operation.name === wanted);
}
