/** Schemes a published page may link to. */
export const SAFE_LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The normalised href for a user-supplied link target, or null unless it is an absolute
 * http(s) URL with a host or a mailto: URL. Whitespace or control characters anywhere reject it:
 * browsers silently drop some of them ("jav\tascript:"), so their presence signals a trick.
 */
export function safeLinkHref(raw: string): string | null {
  const candidate = raw.trim();
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (candidate === '' || /[\s\u0000-\u001F\u007F-\u009F]/.test(candidate)) return null;
  const scheme = SCHEME.exec(candidate)?.[1]?.toLowerCase();
  if (scheme === undefined || !SAFE_LINK_SCHEMES.includes(scheme)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

/** An absolute http(s) URL, normalised, or null: for links we generate ourselves (feeds, mail, meta tags). */
export function httpUrlOrNull(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const href = safeLinkHref(raw);
  return href !== null && /^https?:/.test(href) ? href : null;
}

/**
 * The scheme a browser would resolve an attribute value to, lower-cased, or null for a relative
 * URL. Mirrors the URL parser's leniency (leading controls/spaces stripped, tabs and newlines
 * removed anywhere) and goes further (all controls, zero-width characters, percent-encoding), so a
 * checker using it errs on the side of calling a value dangerous.
 */
export function effectiveScheme(attributeValue: string): string | null {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  let value = attributeValue.replace(/[\u0000-\u0020\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g, '');
  try {
    value = decodeURIComponent(value);
  } catch {
    // a malformed escape cannot form a scheme either; keep the raw value
  }
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  value = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  return SCHEME.exec(value)?.[1]?.toLowerCase() ?? null;
}
