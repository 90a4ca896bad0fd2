import { DomainError, isDomainError } from '@corroborate/core';
import { looksLikeHtml } from './document-format';
import { parseHtml } from './html.parser';
import { parseMarkdown } from './markdown.parser';
import type { ParseContext, ParsedDocument } from './parsed-document';
import { parsePlainText } from './plain-text.parser';

/** Formats held in memory and parsed in one go (JSON Lines streams instead). */
export type WholeDocumentFormat = 'html' | 'markdown' | 'text';

/**
 * Parses the bytes of one whole document. Text that turns out to be an HTML page is read as HTML.
 * Every failure is a DomainError naming the input; a parser crash becomes `parse_failed`.
 */
export const parseDocument = (
  bytes: Uint8Array,
  ctx: ParseContext,
  format: WholeDocumentFormat,
): ParsedDocument => {
  const effective = format === 'text' && looksLikeHtml(bytes) ? 'html' : format;
  try {
    if (effective === 'html') return parseHtml(bytes, ctx);
    if (effective === 'markdown') return parseMarkdown(bytes, ctx);
    return parsePlainText(bytes, ctx);
  } catch (err) {
    if (isDomainError(err)) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new DomainError('parse_failed', `${ctx.name}: could not be parsed as ${effective} (${detail})`);
  }
};
