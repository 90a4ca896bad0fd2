export interface SanitizeTextOptions {
  /** Keep line breaks (as "\n") instead of folding everything onto one line. Default false. */
  multiline?: boolean;
  /** Cut to this many characters (code points), ending with "…". */
  maxLength?: number;
}

// C0/C1 controls except tab and newline, plus bidi embeddings/overrides/isolates ("Trojan Source"
// spoofing), the byte-order mark, and U+FFFE/U+FFFF, which XML 1.0 forbids.
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
// Lone surrogates cannot be encoded as UTF-8: replace them rather than emit broken bytes.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Line ends unified to "\n" (also U+2028/U+2029/NEL), lone surrogates replaced, control and bidi
 * override characters removed, NFC. Whitespace is left as it is.
 */
export const removeControlCharacters = (input: string): string =>
  input.replace(LINE_BREAKS, '\n').replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '').normalize('NFC');

/**
 * Plain text fit for a title, a feed field or a mail header: NFC, no control or bidi-override
 * characters, no lone surrogates, whitespace folded (one line unless `multiline`). It is still
 * text, not HTML: escape it where it goes into markup.
 */
export function sanitizeText(input: string, options: SanitizeTextOptions = {}): string {
  const cleaned = removeControlCharacters(input);
  const text = options.multiline
    ? cleaned
        .split('\n')
        .map((line) => line.replace(/[\t ]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : cleaned.replace(/\s+/g, ' ').trim();
  return options.maxLength === undefined ? text : truncate(text, options.maxLength);
}

function truncate(text: string, max: number): string {
  const points = [...text];
  if (points.length <= max) return text;
  return `${points
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}
