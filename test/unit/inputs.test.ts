import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/input-error.js';
import { InputReader, splitList } from '../../src/input-reader.js';
import { readSettings } from '../../src/inputs.js';
import { operationNames } from '../../src/operations/registry.js';
import { generateP256 } from './auth/key-fixtures.js';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('InputReader', () => {
  it('reads lists separated by commas and newlines', () => {
    expect(splitList('QA, Beta\nExternal Testers\r\n\n ,')).toEqual([
      'QA',
      'Beta',
      'External Testers',
    ]);
    expect(reader({ group: '' }).list('group')).toEqual([]);
  });

  it('reads booleans strictly', () => {
    expect(reader({ a: 'true' }).boolean('a', false)).toBe(true);
    expect(reader({ a: 'FALSE' }).boolean('a', true)).toBe(false);
    expect(reader({}).boolean('a', true)).toBe(true);
    expect(() => reader({ a: 'maybe' }).boolean('a', false)).toThrow(
      "Input 'a' is invalid: 'maybe' is not a boolean; use true or false",
    );
  });

  it('reads whole numbers within a range', () => {
    expect(reader({ n: '7' }).integer('n', 1, { min: 1, max: 10 })).toBe(7);
    expect(reader({}).integer('n', 4, { min: 1, max: 10 })).toBe(4);
    expect(() => reader({ n: '1.5' }).integer('n', 1, { min: 1, max: 10 })).toThrow(
      "'1.5' is not a whole number",
    );
    expect(() => reader({ n: '11' }).integer('n', 1, { min: 1, max: 10 })).toThrow(
      '11 is out of range; use 1 to 10',
    );
  });

  it('matches choices case-insensitively and lists them when wrong', () => {
    expect(reader({ p: 'mac_os' }).choice('p', ['IOS', 'MAC_OS'] as const)).toBe('MAC_OS');
    expect(reader({}).choice('p', ['IOS', 'MAC_OS'] as const, 'IOS')).toBe('IOS');
    expect(() => reader({ p: 'tvos' }).choice('p', ['IOS', 'MAC_OS'] as const)).toThrow(
      "'tvos' is not one of IOS, MAC_OS",
    );
  });

  it('names the input when a required one is empty', () => {
    expect(() => reader({ app: '  ' }).required('app')).toThrow(InputError);
    expect(() => reader({}).required('app')).toThrow(
      "Input 'app' is invalid: it is empty, but it is required",
    );
  });
});

describe('InputReader.outputPath', () => {
  const env = { GITHUB_WORKSPACE: '/work/repo', RUNNER_TEMP: '/runner/_temp', HOME: '/home/me' };
  const reader = (values: Record<string, string>) => {
    const warnings: string[] = [];
    const inputs = new InputReader((name) => values[name] ?? '', {
      env,
      warn: (m) => void warnings.push(m),
    });
    return { inputs, warnings };
  };

  it('writes quietly under the workspace and under RUNNER_TEMP', () => {
    const { inputs, warnings } = reader({
      'report-path': 'out/sales.tsv',
      'p12-path': '/runner/_temp/a.p12',
    });
    expect(inputs.outputPath('report-path')).toBe('/work/repo/out/sales.tsv');
    expect(inputs.outputPath('p12-path')).toBe('/runner/_temp/a.p12');
    expect(inputs.outputPath('feedback-dir')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('warns, naming the input and the path, for a place outside both', () => {
    const { inputs, warnings } = reader({
      'profiles-dir': '~/profiles',
      'report-path': '../elsewhere/r.tsv',
      'feedback-dir': '/work/repository-other/x',
    });
    expect(inputs.outputPath('profiles-dir')).toBe('/home/me/profiles');
    expect(inputs.outputPath('report-path')).toBe('/work/elsewhere/r.tsv');
    expect(inputs.outputPath('feedback-dir')).toBe('/work/repository-other/x');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      /^Input 'profiles-dir' points outside the workspace and \$RUNNER_TEMP: \/home\/me\/profiles\./,
    );
    expect(warnings[1]).toContain("Input 'report-path'");
    expect(warnings[2]).toContain("Input 'feedback-dir'");
  });

  it('accepts folders the operation expects (Xcode reads profiles from the home folder)', () => {
    const { inputs, warnings } = reader({
      'profiles-dir': '~/Library/MobileDevice/Provisioning Profiles',
    });
    inputs.outputPath('profiles-dir', ['/home/me/Library/MobileDevice/Provisioning Profiles']);
    expect(warnings).toEqual([]);
  });

  it('keeps the warning in a reader made with `with`', () => {
    const { inputs, warnings } = reader({});
    inputs.with({ 'p12-path': '/etc/a.p12' }).outputPath('p12-path');
    expect(warnings).toHaveLength(1);
  });
});

describe('readSettings', () => {
  const key = generateP256();
  const base = {
    operation: 'list-devices',
    'key-id': 'ABC123DEF4',
    'issuer-id': '69a6de7e-1111-47e3-e053-5b8c7c11a4d1',
    'private-key': key.pkcs8Pem,
  };
  const settingsFor = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
    const secrets: string[] = [];
    const mask = (s: string) => void secrets.push(s);
    const inputs = new InputReader((name) => values[name] ?? '', { mask, env });
    const settings = readSettings(inputs, operationNames, mask);
    return { settings, secrets };
  };

  it('resolves defaults and masks every line of the key', () => {
    const { settings, secrets } = settingsFor(base);
    expect(settings.operation).toBe('list-devices');
    expect(settings.api).toEqual({
      baseUrl: 'https://api.appstoreconnect.apple.com',
      maxConcurrency: 4,
      requestTimeoutMs: 60_000,
      maxAttempts: 5,
      timeScale: 1,
    });
    expect(settings.dryRun).toBe(false);
    expect(settings.auth.issuerId).toBe(base['issuer-id']);
    for (const line of key.pkcs8Pem.split('\n').filter((l) => l.length > 20))
      expect(secrets).toContain(line);
  });

  it('treats an empty issuer-id as an individual key', () => {
    expect(settingsFor({ ...base, 'issuer-id': '' }).settings.auth.issuerId).toBeUndefined();
  });

  it('takes an emulator over http on this machine', () => {
    for (const local of ['http://127.0.0.1:4010/', 'http://localhost:4010', 'http://[::1]:4010']) {
      const { settings } = settingsFor({ ...base, 'api-base-url': local });
      expect(settings.api.baseUrl).toBe(local.replace(/\/$/, ''));
      expect(settings.warnings).toEqual([]);
    }
  });

  it('refuses plain http to another machine unless allow-insecure-http is set', () => {
    expect(() =>
      settingsFor({ ...base, 'api-base-url': 'http://api.appstoreconnect.apple.com' }),
    ).toThrow(
      /^Input 'api-base-url' is invalid: 'http:\/\/api.appstoreconnect.apple.com' is plain http to another machine.*allow-insecure-http: true/,
    );
    const remote = settingsFor({
      ...base,
      'api-base-url': 'http://asc.example.com',
      'allow-insecure-http': 'true',
    }).settings;
    expect(remote.api.baseUrl).toBe('http://asc.example.com');
    expect(remote.warnings).toEqual([
      expect.stringMatching(/plain http .* tokens travel unencrypted/),
    ]);
    expect(() => settingsFor({ ...base, 'api-base-url': 'not a url' })).toThrow(
      "Input 'api-base-url' is invalid: 'not a url' is not a URL",
    );
  });

  it('reads the time scale for tests from the environment', () => {
    expect(settingsFor(base, { ASC_ACTION_TIME_SCALE: '0' }).settings.api.timeScale).toBe(0);
    expect(() => settingsFor(base, { ASC_ACTION_TIME_SCALE: '5' })).toThrow(
      /ASC_ACTION_TIME_SCALE/,
    );
  });

  it('refuses an unknown operation, listing the ones there are', () => {
    expect(() => settingsFor({ ...base, operation: 'launch' })).toThrow(
      /^Input 'operation' is invalid: 'launch' is not an operation of this action; use one of .*list-groups/,
    );
  });

  it('masks a pasted key even when it is refused', () => {
    const rsa =
      '-----BEGIN RSA PRIVATE KEY-----\n' +
      'A'.repeat(64) +
      '\n' +
      'B'.repeat(64) +
      '\n-----END RSA PRIVATE KEY-----';
    const secrets: string[] = [];
    const mask = (s: string) => void secrets.push(s);
    const values: Record<string, string> = { ...base, 'private-key': rsa };
    const inputs = new InputReader((name) => values[name] ?? '', { mask });
    expect(() => readSettings(inputs, operationNames, mask)).toThrow(/private-key/);
    expect(secrets).toContain('A'.repeat(64));
  });

  it('refuses a malformed key id and issuer id', () => {
    expect(() => settingsFor({ ...base, 'key-id': 'ABC 123' })).toThrow(
      /^Input 'key-id' is invalid/,
    );
    expect(() => settingsFor({ ...base, 'issuer-id': 'my team' })).toThrow(
      /^Input 'issuer-id' is invalid/,
    );
  });
});
