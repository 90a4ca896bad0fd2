import { inlineToText } from './markdown-inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;
const QUOTE = /^ {0,3}>[ ]?/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

/** Markdown as readable text, with the first heading (ATX or setext) as title. */
export const markdownToText = (markdown: string): { text: string; firstHeading: string | null } => {
  const out: string[] = [];
  let firstHeading: string | null = null;
  let fence: string | null = null;
  for (const raw of markdown.split('\n')) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) fence = null;
      else out.push(raw);
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen?.[1]) {
      fence = fenceOpen[1];
      continue;
    }
    let line = raw;
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    const previous = out.at(-1) ?? '';
    if (SETEXT.test(line) && previous.trim() !== '' && !RULE.test(previous)) {
      firstHeading ??= previous.trim(); // the line above was a heading
      out.push('');
      continue;
    }
    if (RULE.test(line) || REF_DEF.test(line) || TABLE_SEPARATOR.test(line)) {
      out.push('');
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const heading = inlineToText(atx[1] ?? '').trim();
      firstHeading ??= heading || null;
      out.push(heading);
      continue;
    }
    line = line.replace(LIST_ITEM, '');
    if (/^\s*\|.*\|\s*$/.test(line)) line = tableRow(line);
    out.push(inlineToText(line).trimEnd());
  }
  return {
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    firstHeading,
  };
};

const tableRow = (line: string): string =>
  line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
    .join('\t');
