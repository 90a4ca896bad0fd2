import { Readability } from '@mozilla/readability';
import { DomainError } from '@corroborate/core';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeText, requireText } from './decode-text';
import { readHtmlMetadata } from './html-metadata';
import { estimateNestingDepth, sniffHtmlCharset, stripNonTextMarkup } from './html-prestrip';
import { domToText } from './html-to-text';
import { formatBytes, MAX_HTML_MARKUP_BYTES, MAX_HTML_NESTING } from './limits';
import type { ParseContext, ParsedDocument } from './parsed-document';
import { charsetOf } from './plain-text.parser';

/** Limits for parseHtml (tests lower them). */
export interface HtmlParseOptions {
  /** Refuse pages whose markup, once scripts and styles are gone, exceeds this. */
  maxMarkupBytes?: number;
}

/**
 * Main text of an HTML page through Readability over jsdom (scripts never run), with title,
 * byline, publication date and language from the page's metadata. Falls back to the whole body
 * text, with a note, when Readability finds no article.
 */
export const parseHtml = (
  bytes: Uint8Array,
  ctx: ParseContext,
  opts: HtmlParseOptions = {},
): ParsedDocument => {
  const charset = charsetOf(ctx.contentType) ?? sniffHtmlCharset(bytes);
  const { text: html, notes } = decodeText(bytes, ctx.name, charset);
  const markup = stripNonTextMarkup(html);
  const limit = opts.maxMarkupBytes ?? MAX_HTML_MARKUP_BYTES;
  const size = Buffer.byteLength(markup);
  if (size > limit) {
    throw new DomainError(
      'input_too_large',
      `${ctx.name}: ${formatBytes(size)} of HTML markup without scripts and styles; the limit is ${formatBytes(limit)}`,
    );
  }
  if (estimateNestingDepth(markup) > MAX_HTML_NESTING) {
    throw new DomainError(
      'parse_failed',
      `${ctx.name}: elements nested over ${MAX_HTML_NESTING} levels deep`,
    );
  }
  const dom = new JSDOM(markup, { virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const meta = readHtmlMetadata(doc);
    // Readability rewrites the DOM it reads: give it a copy so the body stays for the fallback.
    const article = new Readability<Node>(doc.cloneNode(true) as Document, {
      serializer: (node) => node,
    }).parse();
    let text = article?.content ? domToText(article.content) : '';
    if (text === '') {
      text = domToText(doc.body ?? doc.documentElement);
      if (text !== '') notes.push('no article found by Readability; stored the whole page text');
    }
    requireText(text, ctx.name);
    return {
      kind: 'article',
      title: meta.title ?? clean(article?.title) ?? clean(doc.title),
      byline: clean(article?.byline) ?? meta.byline,
      publishedAt: meta.publishedAt,
      language: meta.language ?? clean(article?.lang),
      url: null,
      text,
      notes,
    };
  } finally {
    dom.window.close();
  }
};

const clean = (s: string | null | undefined): string | null => s?.replace(/\s+/g, ' ').trim() || null;
