import { fromUtf8 } from './bytes';

/** A JSON object parsed from UTF-8 bytes, or null when the bytes are not one. */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(fromUtf8(bytes, true));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Non-empty lines of a UTF-8 text file, with their 1-based line numbers. */
export function textLines(bytes: Uint8Array): { line: number; text: string }[] {
  return fromUtf8(bytes)
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '');
}
