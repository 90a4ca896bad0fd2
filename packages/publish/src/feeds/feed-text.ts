import { escapeHtml } from '../sanitize/escape-html';
import { sanitizeHtml } from '../sanitize/html-purifier';
import { renderCommentMarkdown } from '../sanitize/comment-markdown';
import { removeControlCharacters, sanitizeText } from '../sanitize/sanitize-text';
import type { FeedEntry } from './feed.types';

/** Item texts made safe, in the two forms feeds need: HTML for RSS/Atom CDATA, text for JSON. */
export interface SafeEntryText {
  titleText: string;
  titleHtml: string;
  summaryText: string | undefined;
  summaryHtml: string | undefined;
  contentHtml: string | undefined;
  tags: string[];
  authorName: string | undefined;
}

// `feed` writes CDATA verbatim and its XML writer escapes only the first "]]>": never let one through.
const cdataSafe = (html: string): string => removeControlCharacters(html).replaceAll(']]>', ']]&gt;');

const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
    .join('');

/** Tags end up in XML attributes, where "<" is not allowed: keep them to harmless characters. */
export const cleanTag = (tag: string): string => sanitizeText(tag, { maxLength: 60 }).replace(/[<>&"']/g, '');

/** Sanitizes every text of an entry: titles and summaries to plain text, bodies through DOMPurify. */
export function safeEntryText(entry: FeedEntry): SafeEntryText {
  const titleText = sanitizeText(entry.title, { maxLength: 300 }) || 'Untitled';
  const summaryText = entry.summary ? sanitizeText(entry.summary, { multiline: true, maxLength: 2_000 }) : '';
  const body =
    entry.contentHtml !== undefined
      ? sanitizeHtml(entry.contentHtml)
      : entry.contentMarkdown !== undefined
        ? renderCommentMarkdown(entry.contentMarkdown)
        : '';
  return {
    titleText,
    titleHtml: escapeHtml(titleText),
    summaryText: summaryText || undefined,
    summaryHtml: summaryText ? cdataSafe(paragraphs(summaryText)) : undefined,
    contentHtml: body ? cdataSafe(body) : undefined,
    tags: (entry.tags ?? []).map(cleanTag).filter(Boolean),
    authorName: entry.authorName
      ? sanitizeText(entry.authorName, { maxLength: 100 }) || undefined
      : undefined,
  };
}
