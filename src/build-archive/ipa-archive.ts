import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { bundleInfoFromPlist, type BundleInfo } from './bundle-info.js';
import { parseInfoPlist } from './info-plist.js';

/** The app's own Info.plist: `Payload/<Name>.app/Info.plist` (not those of nested bundles). */
const appInfoPlistPath = /^Payload\/[^/]+\.app\/Info\.plist$/;
const maxInfoPlistBytes = 4 * 1024 * 1024;

/**
 * Reads the bundle identity from an .ipa. Only the central directory and the one entry are read,
 * so the size of the archive does not matter.
 */
export async function readIpaBundleInfo(path: string): Promise<BundleInfo> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    const entry = await findEntry(zip, (name) => appInfoPlistPath.test(name));
    if (!entry) throw new Error('it has no Payload/<App>.app/Info.plist; is it an .ipa?');
    if (entry.uncompressedSize > maxInfoPlistBytes) {
      throw new Error(`${entry.fileName} is ${entry.uncompressedSize} bytes, too large to be one`);
    }
    const bytes = await readStream(await zip.openReadStreamPromise(entry));
    return bundleInfoFromPlist(parseInfoPlist(bytes), entry.fileName);
  } finally {
    zip.close();
  }
}

function findEntry(zip: ZipFile, wanted: (name: string) => boolean): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry): void => {
      if (wanted(entry.fileName)) {
        cleanup();
        resolve(entry);
      } else zip.readEntry();
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
