/**
 * A <script type="application/ld+json"> element for a page's <head>. "<", ">", "&" and the
 * U+2028/U+2029 separators are written as \u escapes, so no string inside can close the script
 * element ("</script>") or open a comment, and the JSON still parses to the same values.
 */
export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}
