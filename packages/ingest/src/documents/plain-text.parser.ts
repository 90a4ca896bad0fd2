import { decodeText, requireText } from './decode-text';
import type { ParseContext, ParsedDocument } from './parsed-document';

/** A first line longer than this is prose, not a title. */
const MAX_TITLE_CHARS = 150;

/** Title from the first non-empty line when it is short; null otherwise. */
export const titleFromFirstLine = (text: string): string | null => {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return first && first.length <= MAX_TITLE_CHARS ? first : null;
};

/** Plain text as is (line ends normalised); the title is its first short line. */
export const parsePlainText = (bytes: Uint8Array, ctx: ParseContext): ParsedDocument => {
  const { text, notes } = decodeText(bytes, ctx.name, charsetOf(ctx.contentType));
  requireText(text, ctx.name);
  return {
    kind: 'other',
    title: titleFromFirstLine(text),
    byline: null,
    publishedAt: null,
    language: null,
    url: null,
    text,
    notes,
  };
};

/** The charset parameter of a Content-Type, if any. */
export const charsetOf = (contentType: string | null | undefined): string | null =>
  /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1] ?? null;
