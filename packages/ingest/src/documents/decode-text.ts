import { DomainError } from '@corroborate/core';

/** Decoded text and the remarks decoding made. */
export interface DecodedText {
  text: string;
  notes: string[];
}

const SNIFF_BYTES = 64 * 1024;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/** True for bytes that look like a binary file: a NUL, or many control characters, in the head. */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) are normal in text.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control += 1;
  }
  return head.length > 0 && control / head.length > MAX_CONTROL_SHARE;
};

/**
 * Decodes document bytes to text: refuses binary, strips a BOM, normalises line ends to LF,
 * replaces invalid UTF-8 (with a note saying how often) and decodes a declared legacy charset
 * such as windows-1256 when one is given.
 */
export const decodeText = (bytes: Uint8Array, name: string, charset?: string | null): DecodedText => {
  if (looksBinary(bytes))
    throw new DomainError('unsupported_format', `${name}: binary file, not a text document`);
  const legacy = charset ? legacyDecoder(charset) : null;
  const notes: string[] = [];
  let text: string;
  if (legacy) {
    text = legacy.decode(bytes);
  } else {
    const utf8 = decodeUtf8(bytes);
    text = utf8.text;
    if (utf8.replaced > 0) notes.push(invalidUtf8Note(utf8.replaced));
  }
  return { text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), notes };
};

/** UTF-8 with invalid sequences replaced by U+FFFD, and how many were replaced. */
export const decodeUtf8 = (bytes: Uint8Array): { text: string; replaced: number } => {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, replaced: countChar(text, '\ufffd') - countBytes(bytes, REPLACEMENT_UTF8) };
};

/** The ingest note for repaired UTF-8. */
export const invalidUtf8Note = (replaced: number): string =>
  `invalid UTF-8 replaced at ${replaced} place${replaced === 1 ? '' : 's'}`;

/** A decoder for a non-UTF-8 charset the runtime knows, or null (then UTF-8 is used). */
const legacyDecoder = (charset: string): TextDecoder | null => {
  try {
    const decoder = new TextDecoder(charset.trim().toLowerCase());
    return decoder.encoding === 'utf-8' ? null : decoder;
  } catch {
    return null;
  }
};

const countChar = (text: string, ch: string): number => {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n += 1;
  return n;
};

/** Counts a valid byte sequence, so U+FFFD present in the source is not taken for a repair. */
const countBytes = (bytes: Uint8Array, needle: Buffer): number => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, i + needle.length)) n += 1;
  return n;
};

/** Throws `empty_input` when the text has nothing but whitespace. */
export const requireText = (text: string, name: string): string => {
  if (text.trim() === '') throw new DomainError('empty_input', `${name}: empty, no text to ingest`);
  return text;
};
