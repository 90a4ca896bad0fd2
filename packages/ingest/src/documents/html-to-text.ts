/** Elements whose content is not reading text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'head',
  'select',
]);
/** Elements set apart by a blank line. */
// prettier-ignore
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure',
  'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'address', 'hr', 'form', 'fieldset', 'details',
]);
/** Elements that start a new line. */
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'option']);
const CELL = new Set(['td', 'th']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

type Step = { node: Node; exit: false } | { node: Element; exit: true };

/**
 * Text of a DOM subtree with paragraph breaks kept (textContent loses them): block elements
 * become blank lines or newlines, other whitespace collapses except inside <pre>. Walks with an
 * explicit stack, so deeply nested markup cannot overflow the call stack.
 */
export const domToText = (root: Node): string => {
  const out: string[] = [];
  let pendingBreak = 0;
  let preDepth = 0;
  const requestBreak = (n: number): void => {
    pendingBreak = Math.max(pendingBreak, n);
  };
  const write = (s: string): void => {
    if (s === '') return;
    if (pendingBreak > 0 && out.length > 0) out.push('\n'.repeat(pendingBreak));
    pendingBreak = 0;
    out.push(s);
  };

  const stack: Step[] = [{ node: root, exit: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node } = step;
    if (step.exit) {
      const tag = step.node.localName;
      if (tag === 'pre') preDepth -= 1;
      if (PARAGRAPH.has(tag)) requestBreak(2);
      else if (LINE.has(tag)) requestBreak(1);
      else if (CELL.has(tag)) write(' ');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      write(preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const el = node as Element;
    const tag = el.localName ?? '';
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      requestBreak(1);
      continue;
    }
    if (PARAGRAPH.has(tag)) requestBreak(2);
    else if (LINE.has(tag)) requestBreak(1);
    if (tag === 'pre') preDepth += 1;
    if (node.nodeType === ELEMENT_NODE) stack.push({ node: el, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  return tidyLines(out.join(''));
};

/** Trims each line (keeping indentation inside pre is not worth a second pass) and caps blank runs. */
const tidyLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
