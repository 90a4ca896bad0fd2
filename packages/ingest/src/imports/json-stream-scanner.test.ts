import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { scanJsonStream as sut, type JsonPiece, type ScanOptions } from './json-stream-scanner';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield await Promise.resolve(text.slice(i, i + size));
}

const collect = async (text: string, opts: ScanOptions, size = 7): Promise<JsonPiece[]> => {
  const out: JsonPiece[] = [];
  for await (const p of sut(chunked(text, size), opts)) out.push(p);
  return out;
};

const errorOf = (text: string, opts: ScanOptions): Promise<string> =>
  collect(text, opts).then(
    () => 'no error',
    (err: unknown) => (isDomainError(err) ? `${err.code}: ${err.message}` : String(err)),
  );

const telegram = `{
 "name": "قناة الأخبار",
 "type": "public_channel",
 "id": 1001,
 "messages": [
  {"id": 1, "type": "message", "text": ["a \\"quoted\\" ", {"type": "link", "text": "http://x.test/]"}]},
  {"id": 2, "type": "service", "text": ""}
 ],
 "tail": [1, 2.5e3, true, null]
}`;

describe('scanJsonStream', () => {
  it.each([1, 7, 4096])(
    'streams the array items of one member and parses the rest whole (chunks of %i)',
    async (size) => {
      const got = await collect(telegram, { name: 'result.json', streamKey: 'messages' }, size);
      expect(got).toEqual([
        { kind: 'member', key: 'name', value: 'قناة الأخبار' },
        { kind: 'member', key: 'type', value: 'public_channel' },
        { kind: 'member', key: 'id', value: 1001 },
        {
          kind: 'item',
          index: 0,
          value: { id: 1, type: 'message', text: ['a "quoted" ', { type: 'link', text: 'http://x.test/]' }] },
        },
        { kind: 'item', index: 1, value: { id: 2, type: 'service', text: '' } },
        { kind: 'member', key: 'tail', value: [1, 2500, true, null] },
      ]);
    },
  );

  it('reads a top-level array after a JavaScript assignment, scalars included', async () => {
    const js = 'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "7"}}, 42 ,"x"]';
    const got = await collect(js, { name: 'tweets.js', prefix: /^window\.YTD\.\w+\.part\d+\s*=\s*$/ });
    expect(got.map((p) => p.value)).toEqual([{ tweet: { id_str: '7' } }, 42, 'x']);
  });

  it('names the first bad place by line and column', async () => {
    const missingComma = telegram.replace('"type": "message", "text"', '"type": "message" "text"');
    expect(await errorOf(missingComma, { name: 'result.json', streamKey: 'messages' })).toMatch(
      /^parse_failed: result\.json: line 6, column 3\d: not valid JSON/,
    );
    const betweenItems = telegram.replace('\n  {"id": 2', '\n  ; {"id": 2');
    expect(await errorOf(betweenItems, { name: 'result.json', streamKey: 'messages' })).toBe(
      'parse_failed: result.json: line 7, column 3: unexpected ";" where a value should start',
    );
    expect(await errorOf(telegram.slice(0, 120), { name: 'result.json', streamKey: 'messages' })).toMatch(
      /^parse_failed: result\.json: line \d+, column \d+: the file ends too early$/,
    );
    expect(await errorOf('<html>', { name: 'result.json' })).toBe(
      'parse_failed: result.json: line 1, column 1: unexpected "<": the file should start with { or [',
    );
  });
});
