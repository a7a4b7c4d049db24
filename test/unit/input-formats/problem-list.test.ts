import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input-error.js';
import { ProblemList, quote, throwIfProblems } from '../../../src/input-formats/problem-list.js';

describe('ProblemList', () => {
  it('lists problems by position, in singular and plural', () => {
    const lines = new ProblemList();
    lines.add(7, 'seven');
    expect(lines.describe()).toBe('1 bad line: line 7: seven');
    lines.add(3, 'three');
    expect(lines.describe()).toBe('2 bad lines: line 3: three; line 7: seven');
    const entries = new ProblemList('entry');
    entries.add(1, 'x');
    entries.add(2, 'y');
    expect(entries.describe()).toBe('2 bad entries: entry 1: x; entry 2: y');
  });

  it('caps the list at 10 and counts the rest', () => {
    const list = new ProblemList();
    for (let line = 1; line <= 25; line++) list.add(line, `p${line}`);
    expect(list.describe()).toBe(
      '25 bad lines: ' +
        Array.from({ length: 10 }, (_, index) => `line ${index + 1}: p${index + 1}`).join('; ') +
        '; and 15 more',
    );
  });

  it('lets a whole-source problem stand alone', () => {
    const list = new ProblemList('entry');
    expect(list.isEmpty).toBe(true);
    list.failWhole('malformed plist: line 2: x');
    list.failWhole('ignored: the first one explains it');
    expect(list.isEmpty).toBe(false);
    expect(list.describe()).toBe('malformed plist: line 2: x');
  });
});

describe('throwIfProblems', () => {
  it('does nothing without problems', () => {
    expect(() => throwIfProblems([{ input: 'a', problems: new ProblemList() }])).not.toThrow();
  });

  it('names the first failing input and appends the others', () => {
    const clean = new ProblemList();
    const first = new ProblemList();
    first.add(1, 'one');
    const second = new ProblemList();
    second.add(2, 'two');
    expect(() =>
      throwIfProblems([
        { input: 'clean', problems: clean },
        { input: 'devices', problems: first },
        { input: 'devices-file', problems: second },
      ]),
    ).toThrow(
      new InputError(
        'devices',
        "1 bad line: line 1: one; input 'devices-file': 1 bad line: line 2: two",
      ),
    );
  });
});

describe('quote', () => {
  it('escapes control characters and shortens long text', () => {
    expect(quote('a\tb\nc\rd\u0007e\u2028')).toBe("'a\\tb\\nc\\rd?e?'");
    expect(quote('x'.repeat(60))).toBe(`'${'x'.repeat(60)}'`);
    expect(quote('x'.repeat(61))).toBe(`'${'x'.repeat(59)}…'`);
  });
});
