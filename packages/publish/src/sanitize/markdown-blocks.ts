import { renderInline } from './markdown-inline';

const QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^ {0,3}- +/;
const MAX_QUOTE_DEPTH = 3;

/**
 * Block markdown subset to HTML: paragraphs (single newlines become <br>), "> " quotes (nested up
 * to 3 deep) and "- " lists. Input must use "\n" line ends. Output is still sanitized by the caller.
 */
export function renderBlocks(src: string, quoteDepth = 0): string {
  const lines = src.split('\n');
  const blocks: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i += 1;
    } else if (QUOTE.test(line) && quoteDepth < MAX_QUOTE_DEPTH) {
      const quoted = takeWhile(lines, i, (l) => QUOTE.test(l));
      const inner = quoted.map((l) => l.replace(/^ {0,3}> ?/, '')).join('\n');
      blocks.push(`<blockquote>${renderBlocks(inner, quoteDepth + 1)}</blockquote>`);
      i += quoted.length;
    } else if (LIST_ITEM.test(line)) {
      const listLines = takeWhile(lines, i, (l) => l.trim() !== '' && !QUOTE.test(l));
      blocks.push(renderList(listLines));
      i += listLines.length;
    } else {
      const para = takeWhile(lines, i, (l, n) => l.trim() !== '' && (n === 0 || !startsBlock(l, quoteDepth)));
      blocks.push(`<p>${renderInline(para.map((l) => l.trim()).join('\n'))}</p>`);
      i += para.length;
    }
  }
  return blocks.join('\n');
}

function startsBlock(line: string, quoteDepth: number): boolean {
  return LIST_ITEM.test(line) || (QUOTE.test(line) && quoteDepth < MAX_QUOTE_DEPTH);
}

function renderList(lines: string[]): string {
  const items: string[][] = [];
  for (const line of lines) {
    if (LIST_ITEM.test(line)) items.push([line.replace(LIST_ITEM, '')]);
    else items.at(-1)?.push(line.trim());
  }
  return `<ul>${items.map((item) => `<li>${renderInline(item.join('\n'))}</li>`).join('')}</ul>`;
}

function takeWhile(lines: string[], from: number, keep: (line: string, n: number) => boolean): string[] {
  const taken: string[] = [];
  for (let i = from; i < lines.length && keep(lines[i] ?? '', taken.length); i += 1)
    taken.push(lines[i] ?? '');
  return taken;
}
