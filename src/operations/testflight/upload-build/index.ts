import type { AnyOperation } from '../../operation.js';
import { uploadBuild } from '../upload-build.js';

export const operations: AnyOperation[] = [uploadBuild];
