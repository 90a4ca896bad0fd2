import { DomainError } from '@corroborate/core';

/** One piece of a streamed JSON file: a top-level member, or an item of the streamed array. */
export type JsonPiece =
  { kind: 'member'; key: string; value: unknown } | { kind: 'item'; index: number; value: unknown };

export interface ScanOptions {
  /** How errors name the file. */
  name: string;
  /** For a top-level object: the member whose array is streamed item by item (Telegram's `messages`). */
  streamKey?: string;
  /** Text allowed before the JSON (X's `window.YTD.tweets.part0 = `). */
  prefix?: RegExp;
  /** Largest single value kept in memory (default 32 MB). */
  maxValueChars?: number;
}

type State =
  | 'prefix'
  | 'start'
  | 'keyOrEnd'
  | 'key'
  | 'keyText'
  | 'colon'
  | 'value'
  | 'commaOrEnd'
  | 'itemOrEnd'
  | 'item'
  | 'itemCommaOrEnd'
  | 'end';

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * Streams a JSON document whose bulk is one array (the top-level array, or one member of the
 * top-level object): each item is parsed on its own, so memory holds one item at a time. The
 * structure around the items is checked character by character; a malformed file fails with the
 * first bad place as line and column (DomainError 'parse_failed').
 */
export async function* scanJsonStream(
  chunks: AsyncIterable<string>,
  opts: ScanOptions,
): AsyncGenerator<JsonPiece> {
  const max = opts.maxValueChars ?? 32 * 1024 * 1024;
  let state: State = opts.prefix ? 'prefix' : 'start';
  let line = 1;
  let col = 0;
  let prefixText = '';
  let key = '';
  let keyEscape = false;
  let index = 0;
  // The value being captured: its text, nesting, string state, and where it began.
  let raw: string | null = null;
  let depth = 0;
  let inString = false;
  let escape = false;
  let startLine = 0;
  let startCol = 0;
  let into: 'member' | 'item' = 'member';

  const fail = (what: string, l = line, c = col): never => {
    throw new DomainError('parse_failed', `${opts.name}: line ${l}, column ${c}: ${what}`);
  };
  const finish = (): JsonPiece => {
    const text = raw ?? '';
    raw = null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
      const at = m ? Number(m[1]) : 0;
      const before = text.slice(0, at);
      const nl = before.lastIndexOf('\n');
      const l = startLine + (before.match(/\n/g)?.length ?? 0);
      const c = nl < 0 ? startCol + at : at - nl;
      return fail(`not valid JSON (${(err as Error).message.split('\n')[0]})`, l, c);
    }
    return into === 'item' ? { kind: 'item', index: index++, value } : { kind: 'member', key, value };
  };
  /** Feeds one character to the value capture; true when the value ended with it. */
  const capture = (ch: string): boolean => {
    raw += ch;
    if (raw!.length > max) fail(`a value longer than ${max} characters`);
    if (inString) {
      if (escape) escape = false;
      else if (ch === '\\') escape = true;
      else if (ch === '"') {
        inString = false;
        if (depth === 0) return true;
      }
      return false;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 0) return true;
      if (depth < 0) fail(`unexpected "${ch}"`);
    }
    return false;
  };
  const begin = (ch: string, as: 'member' | 'item'): void => {
    raw = '';
    depth = 0;
    inString = false;
    escape = false;
    startLine = line;
    startCol = col;
    into = as;
    if (!/["{[\-0-9tfn]/.test(ch)) fail(`unexpected "${ch}" where a value should start`);
  };
  // A bare number or literal ends at the first character that cannot belong to it.
  const isScalarStart = (): boolean =>
    raw !== null && depth === 0 && !inString && raw !== '' && !/^["{[]/.test(raw);

  for await (const chunk of chunks) {
    for (const ch of chunk) {
      if (ch === '\n') {
        line += 1;
        col = 0;
      } else col += 1;
      if (raw !== null) {
        if (isScalarStart() && (WS.has(ch) || ch === ',' || ch === '}' || ch === ']')) {
          const piece = finish();
          yield piece;
          state = piece.kind === 'item' ? 'itemCommaOrEnd' : 'commaOrEnd';
          if (WS.has(ch)) continue;
          // fall through: the delimiter belongs to the structure
        } else {
          if (capture(ch)) {
            const piece = finish();
            yield piece;
            state = piece.kind === 'item' ? 'itemCommaOrEnd' : 'commaOrEnd';
          }
          continue;
        }
      }
      switch (state) {
        case 'prefix':
          if (ch === '[' || ch === '{') {
            if (!opts.prefix?.test(prefixText)) fail('unexpected text before the data');
            state = ch === '[' ? 'itemOrEnd' : 'keyOrEnd';
          } else prefixText += ch;
          if (prefixText.length > 200) fail('no JSON data where expected');
          break;
        case 'start':
          if (WS.has(ch)) break;
          if (ch === '{') state = 'keyOrEnd';
          else if (ch === '[') state = 'itemOrEnd';
          else fail(`unexpected "${ch}": the file should start with { or [`);
          break;
        case 'keyOrEnd':
        case 'key':
          if (WS.has(ch)) break;
          if (ch === '}' && state === 'keyOrEnd') state = 'end';
          else if (ch === '"') {
            key = '';
            keyEscape = false;
            state = 'keyText';
          } else fail(`unexpected "${ch}" where a member name should be`);
          break;
        case 'keyText':
          if (keyEscape) {
            key += ch;
            keyEscape = false;
          } else if (ch === '\\') keyEscape = true;
          else if (ch === '"') state = 'colon';
          else key += ch;
          break;
        case 'colon':
          if (WS.has(ch)) break;
          if (ch !== ':') fail(`expected ":" after "${key}"`);
          state = 'value';
          break;
        case 'value':
          if (WS.has(ch)) break;
          if (key === opts.streamKey && ch === '[') {
            state = 'itemOrEnd';
            break;
          }
          begin(ch, 'member');
          if (capture(ch)) {
            yield finish();
            state = 'commaOrEnd';
          }
          break;
        case 'commaOrEnd':
          if (WS.has(ch)) break;
          if (ch === ',') state = 'key';
          else if (ch === '}') state = 'end';
          else fail(`expected "," or "}" but found "${ch}"`);
          break;
        case 'itemOrEnd':
        case 'item':
          if (WS.has(ch)) break;
          if (ch === ']' && state === 'itemOrEnd') {
            state = opts.streamKey && key === opts.streamKey ? 'commaOrEnd' : 'end';
            break;
          }
          begin(ch, 'item');
          if (capture(ch)) {
            yield finish();
            state = 'itemCommaOrEnd';
          }
          break;
        case 'itemCommaOrEnd':
          if (WS.has(ch)) break;
          if (ch === ',') state = 'item';
          else if (ch === ']') state = opts.streamKey && key === opts.streamKey ? 'commaOrEnd' : 'end';
          else fail(`expected "," or "]" but found "${ch}"`);
          break;
        case 'end':
          if (WS.has(ch) || ch === ';') break;
          fail(`unexpected "${ch}" after the end of the data`);
      }
    }
  }
  if (raw !== null && isScalarStart()) yield finish();
  else if (raw !== null || state !== 'end') fail('the file ends too early');
}
