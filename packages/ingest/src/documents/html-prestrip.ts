/*
 * One left-to-right pass, like the HTML tokenizer: comments and script/style/svg/template
 * elements go, except JSON-LD scripts (they carry datePublished). Long data: URIs in attribute
 * values go too: "save page as one file" archives inline every image and font that way.
 */
const NON_TEXT = /<!--[\s\S]*?-->|<(script|style|svg|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const DATA_URI_VALUE = /=\s*(["'])data:[^"']{200,}?\1/gi;

/** Removes markup that never holds article text, so the DOM is built from what matters. */
export const stripNonTextMarkup = (html: string): string =>
  html
    .replace(NON_TEXT, (whole, tag: string | undefined, attrs: string | undefined) =>
      tag?.toLowerCase() === 'script' && /ld\+json/i.test(attrs ?? '') ? whole : '',
    )
    .replace(DATA_URI_VALUE, '=""');

/** The charset an HTML document declares in its first bytes (`<meta charset>` or http-equiv). */
export const sniffHtmlCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    'latin1',
  );
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
};

/** Elements the parser closes by itself (`<p>` ends the previous `<p>`) or that never have content. */
const NOT_NESTING = new Set(
  (
    'p li dt dd tr td th option optgroup rb rt rp thead tbody tfoot colgroup caption ' +
    'area base br col embed hr img input link meta source track wbr'
  ).split(' '),
);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;

/**
 * Estimates the deepest element nesting, in one linear pass over the tags. jsdom inserts nodes
 * recursively per level (quadratic time; 20 000 open <div>s overflow the stack), so very deep
 * markup is refused before it reaches the DOM.
 */
export const estimateNestingDepth = (html: string): number => {
  let depth = 0;
  let max = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (NOT_NESTING.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
};
