import { decodeText, requireText } from './decode-text';
import { splitFrontMatter } from './front-matter';
import { markdownToText } from './markdown-to-text';
import type { ParseContext, ParsedDocument } from './parsed-document';
import { charsetOf } from './plain-text.parser';
import { parsePublishedDate } from './published-date';

/** Markdown stripped to readable text; title and date from front matter, else the first heading. */
export const parseMarkdown = (bytes: Uint8Array, ctx: ParseContext): ParsedDocument => {
  const { text: source, notes } = decodeText(bytes, ctx.name, charsetOf(ctx.contentType));
  const { frontMatter, body } = splitFrontMatter(source);
  const { text, firstHeading } = markdownToText(body);
  requireText(text, ctx.name);
  const publishedAt = parsePublishedDate(frontMatter.date);
  if (frontMatter.date && !publishedAt) notes.push(`front matter date "${frontMatter.date}" not understood`);
  return {
    kind: 'other',
    title: frontMatter.title ?? firstHeading,
    byline: frontMatter.author,
    publishedAt,
    language: frontMatter.language,
    url: null,
    text,
    notes,
  };
};
