import type { AnyOperation } from '../operation.js';
import { releaseAppStore } from './release-app-store.js';
import { submitAppStore } from './submit-app-store.js';

export const operations: AnyOperation[] = [submitAppStore, releaseAppStore];
