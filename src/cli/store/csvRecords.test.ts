import { describe, expect, it } from 'vitest';
import { scanCsvRecords } from './csvRecords.js';

function scan(text: string): { records: [number, readonly string[]][]; errors: [number, string][] } {
  const records: [number, readonly string[]][] = [];
  const errors: [number, string][] = [];
  scanCsvRecords(
    text,
    (fields, line) => {
      records.push([line, fields]);
      return true;
    },
    (line, message) => {
      errors.push([line, message]);
      return true;
    },
  );
  return { records, errors };
}

describe('scanCsvRecords', () => {
  it('splits plain text (no quotes) by lines and commas, trimming and skipping blank lines', () => {
    expect(scan('\ufeffa,b\r\n 1 , x\r\n\r\n2,y\n  \n3,z').records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x']],
      [4, ['2', 'y']],
      [6, ['3', 'z']],
    ]);
    expect(scan('a,b\r1,x\r2,y\r').records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x']],
      [3, ['2', 'y']],
    ]);
    expect(scan('').records).toEqual([]);
    expect(scan(',,\n1,2,3').records).toEqual([[2, ['1', '2', '3']]]);
  });

  it('reads quoted fields (commas, doubled quotes, line breaks) and numbers lines from where a record starts', () => {
    const text =
      '\ufeffid,note\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\r\nlines"\r\n4,"three\nmore\rlines"\r\n\r\n5,end\r\n';
    expect(scan(text).records).toEqual([
      [1, ['id', 'note']],
      [2, ['1', 'a, b']],
      [3, ['2', 'say "hi"']],
      [4, ['3', 'two\r\nlines']],
      [6, ['4', 'three\nmore\rlines']],
      [10, ['5', 'end']],
    ]);
  });

  it('keeps a quote inside an unquoted field as data', () => {
    expect(scan('a,b\n1,12" TV\n2,"x"').records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '12" TV']],
      [3, ['2', 'x']],
    ]);
  });

  it('reports a malformed record on the line where it starts and resumes on the next line', () => {
    const closing = scan('a,b\n1,"x"y\n2,z\n');
    expect(closing.records).toEqual([
      [1, ['a', 'b']],
      [3, ['2', 'z']],
    ]);
    expect(closing.errors).toHaveLength(1);
    expect(closing.errors[0]?.[0]).toBe(2);
    expect(closing.errors[0]?.[1]).toMatch(/closing quote/);

    const unclosed = scan('a,b\n1,"multi\nline"\n2,"never closed\n3,ok\n4,"fine"\n');
    expect(unclosed.records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'multi\nline']],
      [5, ['3', 'ok']],
      [6, ['4', 'fine']],
    ]);
    expect(unclosed.errors).toEqual([[4, expect.stringMatching(/quote/)]]);

    const atEnd = scan('a,b\n1,x\n2,"open\n3,y\n');
    expect(atEnd.records).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x']],
      [4, ['3', 'y']],
    ]);
    expect(atEnd.errors).toEqual([[3, expect.stringMatching(/never closed/)]]);
  });

  it('stops when the visitor says so', () => {
    const seen: number[] = [];
    scanCsvRecords(
      'a\n1\n2\n3',
      (_f, line) => {
        seen.push(line);
        return line < 2;
      },
      () => true,
    );
    expect(seen).toEqual([1, 2]);
  });
});
