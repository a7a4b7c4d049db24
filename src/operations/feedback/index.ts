import type { AnyOperation } from '../operation.js';
import { downloadFeedback } from './download-feedback.js';

export const operations: AnyOperation[] = [downloadFeedback];
