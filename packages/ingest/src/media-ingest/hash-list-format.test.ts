import { describe, expect, it } from 'vitest';
import { hashListHeader, hashListLine, parseHashList } from './hash-list-format';

const H1 = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const H2 = '0'.repeat(63) + '1';

describe('parseHashList', () => {
  it('reads one hash per line, lowercasing, skipping blanks and comments', () => {
    const parsed = parseHashList(`# shared by partner\n${H1.toUpperCase()}\n\n${H2}\r\n`);
    expect(parsed).toEqual({
      entries: [
        { hash: H1, label: null, line: 2 },
        { hash: H2, label: null, line: 4 },
      ],
      issues: [],
      format: 'txt',
    });
  });

  it('reads CSV hash,label with an optional header and quoted labels', () => {
    const parsed = parseHashList(`hash,label\n${H1},"Aleppo, 12 June"\n${H2},\n`);
    expect(parsed.format).toBe('csv');
    expect(parsed.entries).toEqual([
      { hash: H1, label: 'Aleppo, 12 June', line: 2 },
      { hash: H2, label: null, line: 3 },
    ]);
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const parsed = parseHashList(`${H1}\nnot-a-hash\n${H1.slice(1)}\n${H2},"open\n${H2}`);
    expect(parsed.entries.map((e) => e.line)).toEqual([1, 5]);
    expect(parsed.issues).toEqual([
      { line: 2, message: '"not-a-hash" is not a PDQ hash (64 hex characters)' },
      { line: 3, message: expect.stringMatching(/is not a PDQ hash/) },
      { line: 4, message: 'a quoted field is not closed' },
    ]);
  });

  it('treats a non-hash first line as bad unless it looks like a header', () => {
    expect(parseHashList(`pdq,name\n${H1},x`).issues).toEqual([]);
    expect(parseHashList(`garbage\n${H1}`).issues.map((i) => i.line)).toEqual([1]);
  });
});

describe('hashListLine', () => {
  it('writes the formats parseHashList reads back', () => {
    const csv = [
      hashListHeader('csv'),
      hashListLine('csv', H1, 'a, "b"'),
      hashListLine('csv', H2, null),
    ].join('\n');
    expect(parseHashList(csv).entries).toEqual([
      { hash: H1, label: 'a, "b"', line: 2 },
      { hash: H2, label: null, line: 3 },
    ]);
    expect(hashListHeader('txt')).toBeNull();
    expect(hashListLine('txt', H1, 'ignored')).toBe(H1);
  });
});
