/** One `-----BEGIN <label>----- … -----END <label>-----` block found in a text. */
export interface PemBlock {
  label: string;
  /** The base64 body with every whitespace character removed. */
  body: string;
  /** RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`) mark a legacy passphrase-encrypted key. */
  encrypted: boolean;
  /** False when the body holds characters other than base64. */
  bodyIsBase64: boolean;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+?)-----([\s\S]*?)-----END \1-----/g;
const BEGIN_LINE = /-----BEGIN ([A-Z0-9 ]+?)-----/;
const LEGACY_HEADER = /^[ \t]*[A-Za-z-]+:[^\n]*$/gm;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function hasPemMarker(text: string): boolean {
  return text.includes('-----BEGIN') || text.includes('-----END');
}

/** Label of the first BEGIN line, used to report a block whose END line is missing. */
export function firstBeginLabel(text: string): string | undefined {
  return BEGIN_LINE.exec(text)?.[1];
}

/**
 * Finds every PEM block. Tolerates bodies whose newlines were collapsed into spaces or lost
 * altogether, because only the BEGIN/END markers delimit a block.
 */
export function findPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const label = match[1] ?? '';
    const inner = match[2] ?? '';
    const encrypted = /Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(inner);
    const body = inner.replace(LEGACY_HEADER, '').replace(/\s+/g, '');
    blocks.push({ label, body, encrypted, bodyIsBase64: BASE64.test(body) && body.length > 0 });
  }
  return blocks;
}

/** Re-emits a block in canonical form: 64-character lines, LF line ends. */
export function formatPem(label: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n');
}

/** Base64 body lines of a PEM text (header, footer and legacy header lines excluded). */
export function pemBodyLines(pem: string): string[] {
  return pem
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('-----') && !line.includes(':'));
}
