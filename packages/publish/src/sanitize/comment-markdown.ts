import { DomainError } from '@corroborate/core';
import { renderBlocks } from './markdown-blocks';
import { sanitizeHtml } from './html-purifier';
import { removeControlCharacters } from './sanitize-text';

/** Longest comment accepted, in characters. */
export const MAX_COMMENT_LENGTH = 20_000;

/**
 * Renders a reader's comment written in the markdown subset (paragraphs, line breaks, *em*,
 * **strong**, `code`, [links](https://…), > quotes, - lists) to HTML, then sanitizes the result with
 * DOMPurify so that only those elements, http(s)/mailto hrefs and rel="nofollow ugc noopener" remain.
 * Raw HTML in the source is shown as text.
 */
export function renderCommentMarkdown(src: string): string {
  if (src.length > MAX_COMMENT_LENGTH) {
    throw new DomainError(
      'input_too_large',
      `comment is ${src.length} characters long; the limit is ${MAX_COMMENT_LENGTH}`,
    );
  }
  return sanitizeHtml(renderBlocks(removeControlCharacters(src)));
}
