import { describe, expect, it } from 'vitest';
import { failure } from './expect-input-error.js';
import { InputError } from '../../../src/input-error.js';
import { isEmail, parseTesters } from '../../../src/input-formats/testers.js';

describe('isEmail', () => {
  it.each(['a@b.co', 'First.Last+tag@mail.example.com', "o'neil@example.org"])(
    'accepts %s',
    (text) => expect(isEmail(text)).toBe(true),
  );

  it.each([
    '',
    'bob@',
    '@example.com',
    'bob@localhost',
    'bob@example.',
    'bob@.example.com',
    'bob@example..com',
    'a@b@c.com',
    'bob smith@example.com',
    'Bob <bob@example.com>',
    'bob@example.com,',
    `${'a'.repeat(250)}@b.co`,
  ])('refuses %j', (text) => expect(isEmail(text)).toBe(false));
});

describe('parseTesters: inline lists', () => {
  it('reads emails and display names separated by newlines, commas and semicolons', () => {
    const result = parseTesters(
      [
        '# beta testers',
        'ann@example.com, bob@example.com; Carla Maria Diaz <Carla@Example.com>',
        '',
        'Dan <dan@example.com>',
        '"Doe, Jane" <jane@example.com>; <anon@example.com>',
      ].join('\n'),
    );
    expect(result.duplicates).toEqual([]);
    expect(result.testers).toEqual([
      { email: 'ann@example.com', emailKey: 'ann@example.com', source: 'testers line 2' },
      { email: 'bob@example.com', emailKey: 'bob@example.com', source: 'testers line 2' },
      {
        email: 'Carla@Example.com',
        emailKey: 'carla@example.com',
        firstName: 'Carla',
        lastName: 'Maria Diaz',
        source: 'testers line 2',
      },
      {
        email: 'dan@example.com',
        emailKey: 'dan@example.com',
        firstName: 'Dan',
        source: 'testers line 4',
      },
      {
        email: 'jane@example.com',
        emailKey: 'jane@example.com',
        firstName: 'Jane',
        lastName: 'Doe',
        source: 'testers line 5',
      },
      { email: 'anon@example.com', emailKey: 'anon@example.com', source: 'testers line 5' },
    ]);
  });

  it('treats a line of three emails as a list, not as a CSV row', () => {
    const { testers } = parseTesters('a@x.io,b@x.io,c@x.io');
    expect(testers.map((tester) => tester.email)).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
  });

  it('returns nothing for empty or comment-only text', () => {
    expect(parseTesters('')).toEqual({ testers: [], duplicates: [] });
    expect(parseTesters('  \n# nobody yet\n')).toEqual({ testers: [], duplicates: [] });
  });
});

describe('parseTesters: CSV', () => {
  it('reads first,last,email lines inline, with empty names and quoted fields', () => {
    const { testers } = parseTesters(
      'Ann,Lee,ann@example.com\n"Smith, Jr.",John,john@example.com\n,,nameless@example.com',
    );
    expect(testers).toEqual([
      {
        email: 'ann@example.com',
        emailKey: 'ann@example.com',
        firstName: 'Ann',
        lastName: 'Lee',
        source: 'testers line 1',
      },
      {
        email: 'john@example.com',
        emailKey: 'john@example.com',
        firstName: 'Smith, Jr.',
        lastName: 'John',
        source: 'testers line 2',
      },
      { email: 'nameless@example.com', emailKey: 'nameless@example.com', source: 'testers line 3' },
    ]);
  });

  it("reads fastlane's CSV with a groups column, a header, CRLF and a BOM", () => {
    const content =
      '\uFEFFFirst,Last,Email,Groups\r\nAnn,Lee,ann@example.com,QA;Beta Crew\r\n' +
      'Bob,"O""Brien",bob@example.com,\r\n\r\n# done\r\n';
    const { testers } = parseTesters('', { name: 'testers.csv', content });
    expect(testers).toEqual([
      {
        email: 'ann@example.com',
        emailKey: 'ann@example.com',
        firstName: 'Ann',
        lastName: 'Lee',
        groups: ['QA', 'Beta Crew'],
        source: 'testers.csv line 2',
      },
      {
        email: 'bob@example.com',
        emailKey: 'bob@example.com',
        firstName: 'Bob',
        lastName: 'O"Brien',
        source: 'testers.csv line 3',
      },
    ]);
  });

  it('reads fastlane rows without a header', () => {
    const { testers } = parseTesters('Ann,Lee,ann@example.com,QA; Beta');
    expect(testers[0]?.groups).toEqual(['QA', 'Beta']);
  });

  it('honours a reordered header in any capitalisation and ignores unknown columns', () => {
    const content =
      'E-Mail Address,Notes,LAST NAME,first_name\nann@example.com,likes dark mode,Lee,Ann\n';
    const { testers } = parseTesters('', { name: 'people.csv', content });
    expect(testers).toEqual([
      {
        email: 'ann@example.com',
        emailKey: 'ann@example.com',
        firstName: 'Ann',
        lastName: 'Lee',
        source: 'people.csv line 2',
      },
    ]);
  });

  it('accepts header rows shorter than the header when the email is present', () => {
    const { testers } = parseTesters('email,first name,last name\nann@example.com');
    expect(testers).toEqual([
      { email: 'ann@example.com', emailKey: 'ann@example.com', source: 'testers line 2' },
    ]);
  });
});

describe('parseTesters: duplicates', () => {
  it('merges the same address across inline and file into the first, and reports it', () => {
    const result = parseTesters('ann@example.com\nAnn Lee <ANN@example.com>', {
      name: 'testers.csv',
      content: 'First,Last,Email,Groups\nAnnie,L,Ann@Example.com,QA\nX,Y,ann@example.com,QA;Beta',
    });
    expect(result.testers).toEqual([
      {
        email: 'ann@example.com',
        emailKey: 'ann@example.com',
        firstName: 'Ann',
        lastName: 'Lee',
        groups: ['QA', 'Beta'],
        source: 'testers line 1',
      },
    ]);
    expect(result.duplicates).toEqual([
      {
        email: 'ann@example.com',
        sources: ['testers line 1', 'testers line 2', 'testers.csv line 2', 'testers.csv line 3'],
      },
    ]);
  });

  it('keeps the first entry names when a later one has other names', () => {
    const { testers } = parseTesters('Ann Lee <ann@example.com>\nZoe,Zed,ann@example.com');
    expect(testers).toMatchObject([{ firstName: 'Ann', lastName: 'Lee' }]);
  });
});

describe('parseTesters: refused input', () => {
  it('reports a bad address with its line', () => {
    expect(() => parseTesters('ann@example.com\nbob@')).toThrow(
      new InputError('testers', "1 bad line: line 2: 'bob@' is not an email address"),
    );
  });

  it('reports every bad line of the file in one line', () => {
    const content = [
      'ann@example.com',
      'ok@example.com',
      'bob@',
      '',
      'Carl <carl@nowhere>',
      '',
      'a,b,c@example.com,d,e',
      'John,Smith',
      'Ann,Lee,ann@',
      '"Unclosed,Lee,x@example.com',
    ].join('\n');
    const error = failure(() => parseTesters('', { name: 'testers.csv', content }));
    expect(error.input).toBe('testers-file');
    expect(error.message).toBe(
      "Input 'testers-file' is invalid: 6 bad lines: line 3: 'bob@' is not an email address; " +
        "line 5: 'carl@nowhere' is not an email address; " +
        'line 7: expected first,last,email[,groups] but found 5 fields; ' +
        'line 8: expected first,last,email[,groups] but found 2 fields; ' +
        "line 9: 'ann@' is not an email address; " +
        'line 10: a quoted field has no closing quote',
    );
    expect(error.message).not.toMatch(/\n/);
  });

  it('reports every bad item of a list line', () => {
    expect(() => parseTesters('a@x.io; Bob; c@; Dee <dee>')).toThrow(
      "Input 'testers' is invalid: 1 bad line: line 1: 'Bob' is not an email address, " +
        "'c@' is not an email address, 'dee' is not an email address",
    );
  });

  it('checks rows against the header column count', () => {
    expect(() => parseTesters('First,Last,Email\nA,B,a@x.io,extra')).toThrow(
      "Input 'testers' is invalid: 1 bad line: line 2: expected First,Last,Email but found 4 fields",
    );
    expect(() => parseTesters('First,Last,Email\nA,B,')).toThrow(
      'line 2: the email field is empty',
    );
  });

  it('lists the first 10 bad lines and counts the rest', () => {
    const lines = Array.from({ length: 13 }, (_, index) => `bad${index + 1}@`);
    const error = failure(() => parseTesters(lines.join('\n')));
    expect(error.message).toMatch(/^Input 'testers' is invalid: 13 bad lines: line 1: 'bad1@'/);
    expect(error.message).toContain("line 10: 'bad10@' is not an email address; and 3 more");
    expect(error.message).not.toContain('bad11@');
  });

  it('reports both inputs when both have bad lines', () => {
    const error = failure(() =>
      parseTesters('nope', { name: 'testers.csv', content: 'ok@example.com\nA,B,C,D,E,F' }),
    );
    expect(error.input).toBe('testers');
    expect(error.message).toBe(
      "Input 'testers' is invalid: 1 bad line: line 1: 'nope' is not an email address; " +
        "input 'testers-file': 1 bad line: line 2: expected first,last,email[,groups] but found 6 fields",
    );
  });

  it('shortens long text and keeps control characters out of the message', () => {
    const error = failure(() => parseTesters(`${'x'.repeat(100)}\u0007@`));
    expect(error.message).toBe(
      `Input 'testers' is invalid: 1 bad line: line 1: '${'x'.repeat(59)}…' is not an email address`,
    );
  });
});
