import { escapeHtml } from '../sanitize/escape-html';
import { sanitizeText } from '../sanitize/sanitize-text';

// Fixed to UTC so a mail says the same thing whatever the sending server's time zone.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "17 June 2014, 15:17 UTC". */
export const formatDateTime = (date: Date): string => `${DATE_TIME.format(date)} UTC`;
/** "17 June 2014". */
export const formatDate = (date: Date): string => DATE.format(date);

/** Single-line text for a subject or heading (no CR/LF: no header injection). */
export const line = (text: string, max = 200): string => sanitizeText(text, { maxLength: max });

/** Multi-line text for a body. */
export const paragraph = (text: string, max = 2_000): string =>
  sanitizeText(text, { multiline: true, maxLength: max });

/** A paragraph of text as HTML: escaped, line breaks kept. */
export const htmlParagraph = (text: string): string => `<p>${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;

/** A link as HTML; the URL must already be a checked http(s) URL. */
export const htmlLink = (url: string, label: string): string =>
  `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

/** The HTML document around a mail body. */
export function htmlDocument(title: string, body: string, footer: string): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body>',
    body,
    `<hr><footer><small>${footer}</small></footer>`,
    '</body></html>',
  ].join('\n');
}
