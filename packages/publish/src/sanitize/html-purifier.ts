import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { USER_LINK_REL } from './markdown-inline';
import { safeLinkHref } from './safe-url';

/** Exactly the tags the markdown subset produces; anything else is dropped (its text kept). */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'br',
  'em',
  'strong',
  'code',
  'a',
  'blockquote',
  'ul',
  'li',
];

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: ['href', 'rel'],
  // CSS is not sanitized by DOMPurify (url(javascript:…), expression()): no style at all.
  FORBID_ATTR: ['style', 'target'],
  FORBID_TAGS: ['style', 'svg', 'math'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

let purifier: DOMPurify | undefined;

// DOMPurify needs a real DOM: jsdom, never linkedom (on which it silently returns its input).
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const instance = createDOMPurify(window);
  if (!instance.isSupported) throw new Error('DOMPurify is not supported on this DOM implementation');
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    // Second opinion on DOMPurify's URI check: only absolute http(s)/mailto survive.
    if (data.attrName === 'href' && safeLinkHref(data.attrValue) === null) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) node.setAttribute('rel', USER_LINK_REL);
      else node.removeAttribute('rel');
    }
  });
  purifier = instance;
  return instance;
}

/** Sanitizes an HTML fragment down to the comment subset (see ALLOWED_TAGS) with DOMPurify on jsdom. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, CONFIG);
}
