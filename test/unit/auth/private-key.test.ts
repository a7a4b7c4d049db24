import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPrivateKey } from '../../../src/auth/private-key.js';
import { InputError } from '../../../src/input-error.js';
import { bodyLines, generateP256 } from './key-fixtures.js';

const fixture = generateP256();
const PREFIX = "Input 'private-key' is invalid: ";

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** The InputError a load throws; fails the test when it does not throw one. */
function refusal(value: string, readFile?: (path: string) => string): InputError {
  try {
    loadPrivateKey(value, readFile);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.input).toBe('private-key');
    expect(inputError.message).toBe(PREFIX + inputError.problem);
    expect(inputError.message).not.toContain('\n');
    return inputError;
  }
  throw new Error('expected loadPrivateKey to throw');
}

/** The loaded key signs data that the fixture's public key verifies: it is the same key. */
function expectSameKey(value: string, readFile?: (path: string) => string): void {
  const loaded = loadPrivateKey(value, readFile);
  expect(loaded.key.type).toBe('private');
  expect(loaded.key.asymmetricKeyType).toBe('ec');
  expect(loaded.key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  expect(loaded.pem).toBe(fixture.pkcs8Pem);
  const data = Buffer.from('app store connect');
  expect(verify('sha256', data, fixture.publicKey, sign('sha256', data, loaded.key))).toBe(true);
}

describe('loadPrivateKey accepts', () => {
  it('PKCS#8 PEM text, as in Apple .p8 files', () => {
    expectSameKey(fixture.pkcs8Pem);
  });

  it('SEC1 EC PRIVATE KEY PEM, normalised to PKCS#8', () => {
    expectSameKey(fixture.sec1Pem);
  });

  it('SEC1 PEM preceded by an EC PARAMETERS block (openssl ecparam -genkey)', () => {
    const params = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
    expectSameKey(params + fixture.sec1Pem);
  });

  it('PEM with literal \\n sequences instead of newlines', () => {
    const escaped = fixture.pkcs8Pem.trim().replace(/\n/g, '\\n');
    expect(escaped).not.toContain('\n');
    expectSameKey(escaped);
  });

  it('PEM with literal \\r\\n sequences', () => {
    expectSameKey(fixture.pkcs8Pem.replace(/\n/g, '\\r\\n'));
  });

  it('PEM with CRLF line ends', () => {
    expectSameKey(fixture.pkcs8Pem.replace(/\n/g, '\r\n'));
  });

  it('PEM with surrounding whitespace and quotes', () => {
    expectSameKey(`  "${fixture.pkcs8Pem}"\n`);
    expectSameKey(`'${fixture.pkcs8Pem.trim()}'`);
    expectSameKey(`\n\t"'${fixture.pkcs8Pem}'"  `);
  });

  it('PEM whose newlines were collapsed into spaces', () => {
    const collapsed = fixture.pkcs8Pem.trim().replace(/\n/g, ' ');
    expect(collapsed).toMatch(/^-----BEGIN PRIVATE KEY----- \S+/);
    expectSameKey(collapsed);
  });

  it('PEM whose newlines were removed altogether', () => {
    expectSameKey(fixture.pkcs8Pem.replace(/\n/g, ''));
  });

  it('base64 of the whole PEM', () => {
    expectSameKey(base64(fixture.pkcs8Pem));
  });

  it('base64 of the whole PEM with line breaks (base64 -b 76 / -w 76)', () => {
    const wrapped = base64(fixture.pkcs8Pem)
      .match(/.{1,76}/g)!
      .join('\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
    expectSameKey(wrapped);
    expectSameKey(wrapped.replace(/\n/g, '\r\n'));
  });

  it('base64 of a SEC1 PEM, and base64url', () => {
    expectSameKey(base64(fixture.sec1Pem));
    expectSameKey(Buffer.from(fixture.pkcs8Pem).toString('base64url'));
  });

  describe('a path to the .p8 file', () => {
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'asc-auth-'));
      mkdirSync(join(dir, 'keys'));
      writeFileSync(join(dir, 'keys', 'AuthKey_ABC123DEFG.p8'), fixture.pkcs8Pem);
      writeFileSync(join(dir, 'keys', 'key.b64'), base64(fixture.pkcs8Pem));
      writeFileSync(join(dir, 'keys', 'notes.txt'), 'hello');
      writeFileSync(join(dir, 'keys', 'rsa.pem'), rsaPem());
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
      vi.unstubAllEnvs();
    });

    it('absolute', () => {
      expectSameKey(join(dir, 'keys', 'AuthKey_ABC123DEFG.p8'));
    });

    it('absolute, quoted and with spaces around', () => {
      expectSameKey(` "${join(dir, 'keys', 'AuthKey_ABC123DEFG.p8')}" `);
    });

    it('relative to GITHUB_WORKSPACE', () => {
      vi.stubEnv('GITHUB_WORKSPACE', dir);
      expectSameKey('keys/AuthKey_ABC123DEFG.p8');
      expectSameKey('./keys/AuthKey_ABC123DEFG.p8');
    });

    it('holding base64 of the PEM', () => {
      expectSameKey(join(dir, 'keys', 'key.b64'));
    });

    it('relative to the cwd when GITHUB_WORKSPACE is unset', () => {
      vi.stubEnv('GITHUB_WORKSPACE', '');
      const seen: string[] = [];
      expectSameKey('AuthKey_X.p8', (path) => {
        seen.push(path);
        return fixture.pkcs8Pem;
      });
      expect(seen).toEqual([join(process.cwd(), 'AuthKey_X.p8')]);
    });

    it('under ~ (home directory)', () => {
      const seen: string[] = [];
      expectSameKey('~/keys/AuthKey_X.p8', (path) => {
        seen.push(path);
        return fixture.pkcs8Pem;
      });
      expect(seen).toEqual([join(homedir(), 'keys', 'AuthKey_X.p8')]);
    });

    it('missing: refused, naming the resolved path', () => {
      vi.stubEnv('GITHUB_WORKSPACE', dir);
      expect(refusal('keys/AuthKey_MISSING.p8').problem).toBe(
        `file not found: ${join(dir, 'keys', 'AuthKey_MISSING.p8')}`,
      );
      expect(refusal('/nonexistent/dir/AuthKey.p8').problem).toBe(
        'file not found: /nonexistent/dir/AuthKey.p8',
      );
    });

    it('a directory: refused, naming the path', () => {
      expect(refusal(join(dir, 'keys')).problem).toBe(
        `cannot read file ${join(dir, 'keys')}: it is a directory`,
      );
    });

    it('unreadable: refused, naming the path', () => {
      const denied = (): string => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      };
      expect(refusal('/secure/AuthKey.p8', denied).problem).toBe(
        'cannot read file /secure/AuthKey.p8: permission denied',
      );
    });

    it('holding no key: refused, naming the path', () => {
      const path = join(dir, 'keys', 'notes.txt');
      expect(refusal(path).problem).toBe(`file ${path} does not contain a PEM private key`);
    });

    it('holding a wrong key: refused, naming the path and what was found', () => {
      const path = join(dir, 'keys', 'rsa.pem');
      expect(refusal(path).problem).toBe(
        `file ${path}: found an RSA private key; App Store Connect keys are EC P-256 (.p8)`,
      );
    });

    it('does not mask the path, but masks the key lines', () => {
      const path = join(dir, 'keys', 'AuthKey_ABC123DEFG.p8');
      const { secrets } = loadPrivateKey(path);
      expect(secrets).not.toContain(path);
      for (const line of bodyLines(fixture.pkcs8Pem)) expect(secrets).toContain(line);
    });
  });
});

function rsaPem(type: 'pkcs1' | 'pkcs8' = 'pkcs1'): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ type, format: 'pem' }).toString();
}

describe('loadPrivateKey refuses, in one line naming private-key', () => {
  const EXPECTED = 'App Store Connect keys are EC P-256 (.p8)';
  const NOT_PRIVATE = 'not a private key; App Store Connect keys are EC P-256 private keys (.p8)';

  it('an RSA private key, PKCS#1 or PKCS#8', () => {
    for (const pem of [rsaPem('pkcs1'), rsaPem('pkcs8')]) {
      const error = refusal(pem);
      expect(error.message).toBe(`${PREFIX}found an RSA private key; ${EXPECTED}`);
      for (const line of bodyLines(pem)) expect(error.message).not.toContain(line);
    }
  });

  it('a public key', () => {
    const spki = fixture.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(refusal(spki).message).toBe(`${PREFIX}found a public key, ${NOT_PRIVATE}`);
    expect(refusal(base64(spki)).problem).toBe(`found a public key, ${NOT_PRIVATE}`);
  });

  it('a certificate', () => {
    const body = Buffer.from('not really DER but shaped like a certificate block').toString(
      'base64',
    );
    const certificate = `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
    expect(refusal(certificate).message).toBe(`${PREFIX}found a certificate, ${NOT_PRIVATE}`);
    const request = certificate.replace(/CERTIFICATE/g, 'CERTIFICATE REQUEST');
    expect(refusal(request).problem).toBe(`found a certificate signing request, ${NOT_PRIVATE}`);
  });

  it('an EC key on another curve, naming the curve', () => {
    for (const [curve, alias] of [
      ['secp384r1', ' (P-384)'],
      ['secp256k1', ''],
    ] as const) {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(refusal(pem).problem).toBe(
        `found an EC private key on curve ${curve}${alias}; App Store Connect keys are EC P-256 (prime256v1)`,
      );
    }
  });

  it('an Ed25519 key', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(refusal(pem).problem).toBe(`found a private key of type ed25519; ${EXPECTED}`);
  });

  it('an encrypted private key, PKCS#8 or legacy SEC1', () => {
    const encryptedProblem =
      'found an encrypted private key; App Store Connect .p8 keys are not encrypted: pass the file as downloaded';
    const pkcs8 = fixture.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' })
      .toString();
    expect(pkcs8).toContain('ENCRYPTED PRIVATE KEY');
    expect(refusal(pkcs8).problem).toBe(encryptedProblem);
    const sec1 = fixture.privateKey
      .export({ type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'secret' })
      .toString();
    expect(sec1).toContain('Proc-Type: 4,ENCRYPTED');
    expect(refusal(sec1).problem).toBe(encryptedProblem);
  });

  it('text that is not a PEM key at all', () => {
    const problem =
      'found text that is not a PEM private key, base64 of one, or a path to an existing file';
    expect(refusal('hello world').problem).toBe(problem);
    expect(refusal('not a key\nat all').problem).toBe(problem);
    expect(refusal('secret').message).not.toContain('secret');
  });

  it('base64 that does not decode to a PEM', () => {
    const garbage = base64('x'.repeat(200));
    const error = refusal(garbage);
    expect(error.problem).toBe('found base64 that does not decode to a PEM key');
    expect(error.message).not.toContain(garbage.slice(0, 20));
  });

  it('the bare base64 body of a .p8 (BEGIN/END lines missing), with a hint', () => {
    const body = bodyLines(fixture.pkcs8Pem).join('\n');
    const error = refusal(body);
    expect(error.problem).toBe(
      'found base64 that decodes to binary key data, not PEM text; encode the whole .p8 file, including its BEGIN and END lines',
    );
    for (const line of bodyLines(fixture.pkcs8Pem)) expect(error.message).not.toContain(line);
  });

  it('an empty or blank value', () => {
    const problem = 'the value is empty (expected the .p8 key, base64 of it, or its path)';
    for (const value of ['', '   ', '\n\t', '""', "' '"])
      expect(refusal(value).problem).toBe(problem);
  });

  it('a truncated PEM', () => {
    const truncated = fixture.pkcs8Pem.split('\n').slice(0, 3).join('\n');
    expect(refusal(truncated).problem).toBe(
      "found a PEM 'PRIVATE KEY' block without its -----END PRIVATE KEY----- line (truncated?)",
    );
  });

  it('a PEM whose body is damaged', () => {
    const damaged = fixture.pkcs8Pem.replace(/^(MI\S{10})/m, '$1!!');
    expect(refusal(damaged).problem).toBe(
      "found a PEM 'PRIVATE KEY' block whose body is not base64 (damaged when pasted?)",
    );
    const lines = fixture.pkcs8Pem.split('\n');
    const shortened = [lines[0], lines[1]!.slice(0, 40), lines.at(-2)].join('\n');
    expect(refusal(shortened).problem).toBe(
      'found a PEM private key that could not be parsed (corrupt or truncated)',
    );
  });

  it('two private keys at once', () => {
    const other = generateP256();
    expect(refusal(fixture.pkcs8Pem + other.pkcs8Pem).problem).toBe(
      'found 2 private keys; pass exactly one',
    );
  });

  it('an OpenSSH private key', () => {
    const openssh =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
    expect(refusal(openssh).problem).toBe(`found an OpenSSH private key; ${EXPECTED}`);
  });
});

describe('loadPrivateKey secrets', () => {
  it('cover the original input, the normalised PEM and every base64 line', () => {
    const input = `"${fixture.sec1Pem.replace(/\n/g, '\\n')}"`;
    const { secrets, pem } = loadPrivateKey(input);
    expect(secrets).toContain(input);
    expect(secrets).toContain(pem);
    for (const line of [...bodyLines(fixture.sec1Pem), ...bodyLines(pem)]) {
      expect(secrets).toContain(line);
    }
  });

  it('cover the base64 form, whole and line by line', () => {
    const wrapped = base64(fixture.pkcs8Pem)
      .match(/.{1,64}/g)!
      .join('\n');
    const { secrets } = loadPrivateKey(wrapped);
    expect(secrets).toContain(wrapped);
    expect(secrets).toContain(wrapped.replace(/\n/g, ''));
    const lines = wrapped.split('\n');
    // the last line of base64 can be a few characters ('Cg=='): too short to be worth masking
    for (const line of lines.slice(0, -1)) expect(secrets).toContain(line);
    for (const line of bodyLines(fixture.pkcs8Pem)) expect(secrets).toContain(line);
  });

  it('cover the lines of a space-collapsed PEM', () => {
    const { secrets } = loadPrivateKey(fixture.pkcs8Pem.trim().replace(/\n/g, ' '));
    for (const line of bodyLines(fixture.pkcs8Pem)) expect(secrets).toContain(line);
  });

  it('hold no duplicates, no header lines and nothing trivially short', () => {
    const { secrets } = loadPrivateKey(fixture.pkcs8Pem);
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(secrets).not.toContain('-----BEGIN PRIVATE KEY-----');
    for (const secret of secrets) expect(secret.length).toBeGreaterThanOrEqual(8);
  });
});
