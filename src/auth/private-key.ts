import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InputError } from '../input-error.js';
import { looksLikePath, resolveKeyPath } from './key-path.js';
import {
  findPemBlocks,
  firstBeginLabel,
  formatPem,
  hasPemMarker,
  pemBodyLines,
  type PemBlock,
} from './pem-blocks.js';

export interface LoadedPrivateKey {
  /** node:crypto private KeyObject, EC P-256. */
  key: KeyObject;
  /** Normalised PKCS#8 PEM text. */
  pem: string;
  /** Every string to mask in the log: the input, the PEM forms, each base64 line, the base64 form. */
  secrets: string[];
}

const INPUT = 'private-key';
const EXPECTED = 'App Store Connect keys are EC P-256 (.p8)';
const NOT_A_PRIVATE_KEY =
  'not a private key; App Store Connect keys are EC P-256 private keys (.p8)';
/** Shorter strings leak nothing usable and masking them would blank ordinary words in the log. */
const MIN_SECRET_LENGTH = 8;
/** Longer single-line values are key material pasted whole, never a file name. */
const MAX_PATH_LENGTH = 4096;
/** Base64 this long cannot be a mistyped path; shorter strings may be (`keys/AuthKey`). */
const MIN_BASE64_KEY_LENGTH = 64;
const CURVE_ALIASES: Record<string, string> = {
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  secp224r1: 'P-224',
};

/** value: the `private-key` input: PEM text, base64 of the PEM, or a path to the .p8 file. */
export function loadPrivateKey(
  value: string,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): LoadedPrivateKey {
  const secrets = new SecretCollector();
  const text = unwrap(value);
  if (text === '') fail('the value is empty (expected the .p8 key, base64 of it, or its path)');

  const fromText = keyFromText(text, secrets);
  // The input is masked only when it is key material: a path is not secret, and masking it would
  // only hide useful context in the log.
  if (fromText) {
    secrets.add(value);
    secrets.add(text);
  }
  const key = fromText ?? keyFromFile(text, readFile, secrets);
  const pem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  secrets.addPem(pem);
  return { key, pem, secrets: secrets.values() };
}

/** The key in PEM text or base64 of PEM text; undefined when the text is neither. */
function keyFromText(text: string, secrets: SecretCollector): KeyObject | undefined {
  if (hasPemMarker(text)) return keyFromPem(text, secrets);
  const compact = compactBase64(text);
  if (compact === undefined) return undefined;
  const decoded = unwrap(Buffer.from(compact, 'base64').toString('utf8'));
  if (!hasPemMarker(decoded)) return undefined;
  secrets.add(compact);
  for (const line of text.split(/\r?\n|\\r?\\n/)) secrets.add(line.trim());
  return keyFromPem(decoded, secrets);
}

function keyFromFile(
  text: string,
  readFile: (path: string) => string,
  secrets: SecretCollector,
): KeyObject {
  const singleLine = !/[\r\n]/.test(text) && text.length <= MAX_PATH_LENGTH;
  const path = singleLine ? resolveKeyPath(text) : undefined;
  const content = path === undefined ? undefined : readKeyFile(path, readFile);
  if (path !== undefined && content !== undefined) {
    secrets.add(content);
    try {
      const key = keyFromText(unwrap(content), secrets);
      if (key) return key;
    } catch (error) {
      if (error instanceof InputError) fail(`file ${path}: ${error.problem}`);
      throw error;
    }
    fail(`file ${path} does not contain a PEM private key`);
  }
  const compact = compactBase64(text);
  if (compact !== undefined && compact.length >= MIN_BASE64_KEY_LENGTH) {
    const looksLikeDer = Buffer.from(compact, 'base64')[0] === 0x30;
    fail(
      looksLikeDer
        ? 'found base64 that decodes to binary key data, not PEM text; encode the whole .p8 file, including its BEGIN and END lines'
        : 'found base64 that does not decode to a PEM key',
    );
  }
  if (path !== undefined && looksLikePath(text)) fail(`file not found: ${path}`);
  fail('found text that is not a PEM private key, base64 of one, or a path to an existing file');
}

/** The file's text, or undefined when nothing is there; a file that exists but fails is refused. */
function readKeyFile(path: string, readFile: (path: string) => string): string | undefined {
  try {
    return readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined;
    if (code === 'EISDIR') fail(`cannot read file ${path}: it is a directory`);
    if (code === 'EACCES' || code === 'EPERM') fail(`cannot read file ${path}: permission denied`);
    fail(`cannot read file ${path}: ${code ?? (error as Error).message}`);
  }
}

function keyFromPem(text: string, secrets: SecretCollector): KeyObject {
  const pemText = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
  secrets.addPem(pemText);
  const blocks = findPemBlocks(pemText);
  if (blocks.length === 0) {
    const label = firstBeginLabel(pemText);
    fail(
      label === undefined
        ? 'found a PEM END line without its BEGIN line'
        : `found a PEM '${label}' block without its -----END ${label}----- line (truncated?)`,
    );
  }
  const privateBlocks = blocks.filter((block) => block.label.endsWith('PRIVATE KEY'));
  if (privateBlocks.length > 1) {
    fail(`found ${privateBlocks.length} private keys; pass exactly one`);
  }
  const [block] = privateBlocks;
  if (block === undefined) {
    const described = blocks.find((b) => b.label !== 'EC PARAMETERS') ?? blocks[0];
    return fail(describeOtherBlock(described?.label ?? ''));
  }
  secrets.addPem(formatPem(block.label, block.body));
  return parsePrivateBlock(block);
}

function describeOtherBlock(label: string): string {
  if (label.includes('CERTIFICATE REQUEST')) {
    return `found a certificate signing request, ${NOT_A_PRIVATE_KEY}`;
  }
  if (label.includes('CERTIFICATE')) return `found a certificate, ${NOT_A_PRIVATE_KEY}`;
  if (label.endsWith('PUBLIC KEY')) return `found a public key, ${NOT_A_PRIVATE_KEY}`;
  return `found a PEM '${label}' block, ${NOT_A_PRIVATE_KEY}`;
}

function parsePrivateBlock(block: PemBlock): KeyObject {
  const encryptedProblem =
    'found an encrypted private key; App Store Connect .p8 keys are not encrypted: pass the file as downloaded';
  if (block.label === 'ENCRYPTED PRIVATE KEY' || block.encrypted) fail(encryptedProblem);
  if (block.label === 'RSA PRIVATE KEY') fail(`found an RSA private key; ${EXPECTED}`);
  if (block.label === 'DSA PRIVATE KEY') fail(`found a DSA private key; ${EXPECTED}`);
  if (block.label === 'OPENSSH PRIVATE KEY') fail(`found an OpenSSH private key; ${EXPECTED}`);
  if (block.label !== 'PRIVATE KEY' && block.label !== 'EC PRIVATE KEY') {
    fail(`found a PEM '${block.label}' block, which is not a key format App Store Connect uses`);
  }
  if (!block.bodyIsBase64) {
    fail(`found a PEM '${block.label}' block whose body is not base64 (damaged when pasted?)`);
  }

  let key: KeyObject;
  try {
    key = createPrivateKey({
      key: Buffer.from(block.body, 'base64'),
      format: 'der',
      type: block.label === 'PRIVATE KEY' ? 'pkcs8' : 'sec1',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MISSING_PASSPHRASE') fail(encryptedProblem);
    return fail('found a PEM private key that could not be parsed (corrupt or truncated)');
  }
  checkIsP256(key);
  return key;
}

function checkIsP256(key: KeyObject): void {
  const type = key.asymmetricKeyType;
  if (type === 'rsa' || type === 'rsa-pss') fail(`found an RSA private key; ${EXPECTED}`);
  if (type === 'dsa') fail(`found a DSA private key; ${EXPECTED}`);
  if (type !== 'ec') fail(`found a private key of type ${type ?? 'unknown'}; ${EXPECTED}`);
  const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
  if (curve !== 'prime256v1') {
    const alias = CURVE_ALIASES[curve];
    fail(
      `found an EC private key on curve ${curve}${alias ? ` (${alias})` : ''}; ` +
        'App Store Connect keys are EC P-256 (prime256v1)',
    );
  }
}

/** Trims, drops a byte-order mark and the quotes a value often keeps when pasted into a secret. */
function unwrap(value: string): string {
  let text = value.replace(/^\uFEFF/, '').trim();
  while (text.length >= 2 && /^(["'`]).*\1$/s.test(text)) text = text.slice(1, -1).trim();
  return text;
}

/** The text as one base64 string (line breaks, spaces and escaped `\n` dropped), if it is one. */
function compactBase64(text: string): string | undefined {
  const compact = text
    .replace(/\\r|\\n/g, '')
    .replace(/\s+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  return compact.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact) ? compact : undefined;
}

function fail(problem: string): never {
  throw new InputError(INPUT, problem);
}

class SecretCollector {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    if (secret.length >= MIN_SECRET_LENGTH) this.secrets.add(secret);
  }

  /** A PEM text, each of its base64 lines, and its body as one line. */
  addPem(pem: string): void {
    this.add(pem);
    this.add(pem.trim());
    const lines = pemBodyLines(pem);
    for (const line of lines) this.add(line);
    this.add(lines.join(''));
  }

  values(): string[] {
    return [...this.secrets];
  }
}
