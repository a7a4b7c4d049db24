import { describe, expect, it } from 'vitest';
import { splitCsvLine } from '../../../src/input-formats/csv-line.js';

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    [' a , b ,c ', ['a', 'b', 'c']],
    ['a,,', ['a', '', '']],
    ['', ['']],
    ['"Smith, Jr.",John,x@y.io', ['Smith, Jr.', 'John', 'x@y.io']],
    ['"say ""hi""" , b', ['say "hi"', 'b']],
    ['" padded ",b', [' padded ', 'b']],
    ['O"Brien,b', ['O"Brien', 'b']],
    ['a,""', ['a', '']],
  ])('splits %j', (line, fields) => {
    expect(splitCsvLine(line)).toEqual({ ok: true, fields });
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    expect(splitCsvLine('"open,b')).toEqual({
      ok: false,
      problem: 'a quoted field has no closing quote',
    });
    expect(splitCsvLine('"a"b,c')).toEqual({
      ok: false,
      problem: 'unexpected text after a closing quote',
    });
  });
});
