import { open, type FileHandle } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { BundleInfo } from './bundle-info.js';

/** A file stored in a xar archive (the format of macOS installer packages). */
interface XarFile {
  name: string;
  offset: number;
  length: number;
  encoding: string;
}

const xarMagic = 0x78617221; // 'xar!'
const maxMetadataBytes = 16 * 1024 * 1024;

/**
 * Reads the bundle identity of a .pkg built by productbuild: its `Distribution` (or a component's
 * `PackageInfo`) lists the app bundle with its id, CFBundleShortVersionString and CFBundleVersion.
 * Only the xar header, the table of contents and that small file are read.
 */
export async function readPkgBundleInfo(path: string): Promise<BundleInfo> {
  const file = await open(path, 'r');
  try {
    const header = await readAt(file, 0, 28);
    if (header.length < 28 || header.readUInt32BE(0) !== xarMagic) {
      throw new Error('it is not a xar archive (a flat .pkg made by productbuild or pkgbuild)');
    }
    const headerSize = header.readUInt16BE(4);
    const tocCompressed = Number(header.readBigUInt64BE(8));
    if (tocCompressed > maxMetadataBytes) throw new Error('its table of contents is too large');
    const toc = inflateSync(await readAt(file, headerSize, tocCompressed)).toString('utf8');
    const heapStart = headerSize + tocCompressed;
    const files = leafFiles(toc);
    const candidates = [
      ...files.filter((f) => f.name === 'Distribution'),
      ...files.filter((f) => f.name === 'PackageInfo'),
    ];
    for (const candidate of candidates) {
      const text = await readXarFile(file, heapStart, candidate);
      const info = bundleFromPackageXml(text, candidate.name);
      if (info) return info;
    }
    throw new Error('neither its Distribution nor a PackageInfo names an app bundle');
  } finally {
    await file.close();
  }
}

/** The files of the table of contents that hold data (directories are skipped). */
function leafFiles(toc: string): XarFile[] {
  const files: XarFile[] = [];
  for (const match of toc.matchAll(/<file\b[^>]*>((?:(?!<file\b)[\s\S])*?)<\/file>/g)) {
    const body = match[1] ?? '';
    const name = /<name>([^<]*)<\/name>/.exec(body)?.[1];
    const data = /<data>([\s\S]*?)<\/data>/.exec(body)?.[1];
    if (!name || !data) continue;
    const number = (tag: string): number =>
      Number(new RegExp(`<${tag}>(\\d+)</${tag}>`).exec(data)?.[1]);
    files.push({
      name,
      offset: number('offset'),
      length: number('length'),
      encoding: /<encoding\s+style="([^"]*)"/.exec(data)?.[1] ?? 'application/octet-stream',
    });
  }
  return files.filter((f) => Number.isFinite(f.offset) && Number.isFinite(f.length));
}

async function readXarFile(file: FileHandle, heapStart: number, entry: XarFile): Promise<string> {
  if (entry.length > maxMetadataBytes) throw new Error(`its ${entry.name} is too large`);
  const bytes = await readAt(file, heapStart + entry.offset, entry.length);
  if (entry.encoding === 'application/octet-stream') return bytes.toString('utf8');
  // xar calls zlib streams "x-gzip".
  if (entry.encoding === 'application/x-gzip') return inflateSync(bytes).toString('utf8');
  throw new Error(`its ${entry.name} is stored as ${entry.encoding}, which cannot be read`);
}

/** The app bundle named in a Distribution or PackageInfo: the `<bundle>` whose path is an .app. */
export function bundleFromPackageXml(xml: string, source: string): BundleInfo | undefined {
  const bundles = [...xml.matchAll(/<bundle\s([^>]*?)\/?>/g)].map((match) =>
    attributesOf(match[1] ?? ''),
  );
  const apps = bundles.filter((b) => b.id && (b.path ?? '').replace(/\/$/, '').endsWith('.app'));
  const depth = (b: Record<string, string>): number => (b.path ?? '').split('/').length;
  const app = [...apps].sort((a, b) => depth(a) - depth(b))[0] ?? bundles.find((b) => b.id);
  if (!app) return undefined;
  return {
    source,
    platform: 'MAC_OS',
    ...(app.id ? { bundleId: app.id } : {}),
    ...(app.CFBundleShortVersionString ? { version: app.CFBundleShortVersionString } : {}),
    ...(app.CFBundleVersion ? { buildNumber: app.CFBundleVersion } : {}),
  };
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) {
    if (match[1] && match[2] !== undefined) attributes[match[1]] = match[2];
  }
  return attributes;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
