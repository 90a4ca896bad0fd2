import { escapeHtml } from './escape-html';
import { safeLinkHref } from './safe-url';

/** The rel every user-supplied link carries: no ranking credit, marked as user content, no opener. */
export const USER_LINK_REL = 'nofollow ugc noopener';

const ESCAPABLE = new Set([...'\\`*_[]()>#+-.!']);
// Bounds that keep hostile input ("[[[[…", "[x](aaaa…") linear and recursion shallow.
const MAX_DEPTH = 8;
const MAX_LINK_TEXT = 1_000;
const MAX_URL = 2_048;
// Char codes for the scanning loops, which run over long hostile input.
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Inline markdown subset to HTML: `code`, [text](url), **strong**, *em*, backslash escapes and
 * line breaks. Everything else is escaped text. Output is still sanitized by the caller.
 */
export function renderInline(src: string, depth = 0, allowLinks = true): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    const next = src[i + 1] ?? '';
    if (ch === '\\' && ESCAPABLE.has(next)) {
      out += escapeHtml(next);
      i += 2;
      continue;
    }
    if (ch === '\n') {
      out += '<br>\n';
      i += 1;
      continue;
    }
    const span = ch === '`' ? codeSpan(src, i) : ch === '[' && allowLinks ? link(src, i, depth) : null;
    const emphasis =
      span ?? (ch === '*' && depth < MAX_DEPTH ? emphasisSpan(src, i, depth, allowLinks) : null);
    if (emphasis) {
      out += emphasis.html;
      i = emphasis.end;
      continue;
    }
    out += escapeHtml(ch);
    i += 1;
  }
  return out;
}

interface Match {
  html: string;
  end: number;
}

function codeSpan(src: string, start: number): Match | null {
  const close = src.indexOf('`', start + 1);
  if (close <= start + 1) return null;
  return { html: `<code>${escapeHtml(src.slice(start + 1, close))}</code>`, end: close + 1 };
}

function emphasisSpan(src: string, start: number, depth: number, allowLinks: boolean): Match | null {
  const marker = src.startsWith('**', start) ? '**' : '*';
  const from = start + marker.length;
  // CommonMark's flanking rule, simplified: no space just inside the markers ("2 * 3 * 4" stays text).
  if (/\s/.test(src[from] ?? ' ')) return null;
  const close = findCloser(src, from, marker);
  if (close <= from || /\s/.test(src[close - 1] ?? ' ')) return null;
  const inner = renderInline(src.slice(from, close), depth + 1, allowLinks);
  const tag = marker === '**' ? 'strong' : 'em';
  return { html: `<${tag}>${inner}</${tag}>`, end: close + marker.length };
}

function findCloser(src: string, from: number, marker: string): number {
  if (marker === '**') return src.indexOf('**', from);
  for (let i = from; i < src.length; i += 1) {
    if (src[i] === '\\') i += 1;
    else if (src.startsWith('**', i)) i += 1;
    else if (src[i] === '*') return i;
  }
  return -1;
}

function link(src: string, start: number, depth: number): Match | null {
  const textEnd = closingBracket(src, start);
  if (textEnd < 0 || src[textEnd + 1] !== '(') return null;
  const urlEnd = closingParen(src, textEnd + 2);
  if (urlEnd < 0) return null;
  const end = urlEnd + 1;
  const href = safeLinkHref(src.slice(textEnd + 2, urlEnd));
  // An unsafe target is shown as the literal source, so readers see what was attempted.
  if (href === null) return { html: escapeHtml(src.slice(start, end)), end };
  const text = renderInline(src.slice(start + 1, textEnd), depth + 1, false);
  return { html: `<a href="${escapeHtml(href)}" rel="${USER_LINK_REL}">${text}</a>`, end };
}

function closingBracket(src: string, start: number): number {
  const limit = Math.min(src.length, start + MAX_LINK_TEXT);
  const firstClose = src.indexOf(']', start);
  if (firstClose < 0 || firstClose >= limit) return -1;
  let depth = 0;
  for (let i = start; i < limit; i += 1) {
    const ch = src.charCodeAt(i);
    if (ch === BACKSLASH) i += 1;
    else if (ch === OPEN_BRACKET) depth += 1;
    else if (ch === CLOSE_BRACKET && --depth === 0) return i;
    else if (ch === NEWLINE && src.charCodeAt(i + 1) === NEWLINE) return -1;
  }
  return -1;
}

// Balanced parentheses let Wikipedia-style URLs through; whitespace ends the attempt (no titles).
function closingParen(src: string, from: number): number {
  let depth = 0;
  const limit = Math.min(src.length, from + MAX_URL);
  for (let i = from; i < limit; i += 1) {
    const ch = src.charCodeAt(i);
    if (ch <= SPACE) return -1;
    if (ch === OPEN_PAREN) depth += 1;
    else if (ch === CLOSE_PAREN && depth-- === 0) return i;
  }
  return -1;
}
