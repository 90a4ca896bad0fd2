import { describe, expect, it } from 'vitest';
import { splitLines as sut, type ByteLine } from './byte-lines';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield await Promise.resolve(Buffer.from(p, 'utf8'));
}

const collect = async (it: AsyncIterable<ByteLine>): Promise<(string | number)[][]> => {
  const out: (string | number)[][] = [];
  for await (const line of it)
    out.push(
      'bytes' in line
        ? [line.lineNo, Buffer.from(line.bytes).toString('utf8')]
        : [line.lineNo, -line.tooLong],
    );
  return out;
};

describe('splitLines', () => {
  it('splits across chunk borders, numbers from 1 and strips CR', async () => {
    expect(await collect(sut(chunks('ab', 'c\r\nde', 'f\n\ng'), 100))).toEqual([
      [1, 'abc'],
      [2, 'def'],
      [3, ''],
      [4, 'g'],
    ]);
  });

  it('does not yield an empty last line after a final newline', async () => {
    expect(await collect(sut(chunks('a\n'), 100))).toEqual([[1, 'a']]);
  });

  it('reports an over-long line by its length and carries on', async () => {
    expect(await collect(sut(chunks('short\n', '0123456789', '0123456789\nok'), 15))).toEqual([
      [1, 'short'],
      [2, -20],
      [3, 'ok'],
    ]);
  });

  it('keeps a multi-byte character split between chunks intact', async () => {
    const bytes = Buffer.from('قتل\n', 'utf8');
    async function* split(): AsyncGenerator<Uint8Array> {
      yield await Promise.resolve(bytes.subarray(0, 3));
      yield bytes.subarray(3);
    }
    expect(await collect(sut(split(), 100))).toEqual([[1, 'قتل']]);
  });

  it('yields lines while the stream is still being read', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled += 1;
        yield await Promise.resolve(Buffer.from(`{"n":${pulled}}\n`));
      }
    }
    const first: string[] = [];
    for await (const line of sut(endless(), 100)) {
      if ('bytes' in line) first.push(Buffer.from(line.bytes).toString('utf8'));
      if (first.length === 2) break;
    }
    expect(first).toEqual(['{"n":1}', '{"n":2}']);
    expect(pulled).toBe(2);
  });
});
