import { extname } from 'node:path';
import type { BundleInfo } from './bundle-info.js';
import { readIpaBundleInfo } from './ipa-archive.js';
import { readPkgBundleInfo } from './pkg-archive.js';

export type ArchiveKind = 'ipa' | 'pkg';

/** `.ipa` or `.pkg` from the file name; undefined for anything else. */
export function archiveKindOf(path: string): ArchiveKind | undefined {
  const extension = extname(path).toLowerCase();
  return extension === '.ipa' ? 'ipa' : extension === '.pkg' ? 'pkg' : undefined;
}

/** Reads the bundle identity of an .ipa (its Info.plist) or a .pkg (its Distribution). */
export function readBundleInfo(path: string, kind: ArchiveKind): Promise<BundleInfo> {
  return kind === 'ipa' ? readIpaBundleInfo(path) : readPkgBundleInfo(path);
}
