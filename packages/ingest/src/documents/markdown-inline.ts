const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const PRIVATE_BASE = 0xe000;
const CODE_SPAN = /(`+)(.+?)\1(?!`)/g;
const CODE_MARK = /\uF8F0(\d+)\uF8F1/g;

/** Inline Markdown to plain text: links and images keep their text, emphasis and code marks go. */
export const inlineToText = (line: string): string => {
  const codes: string[] = [];
  // Escaped punctuation and code spans are parked in private-use characters so that no
  // emphasis or link rule touches them, and restored at the end.
  let s = line
    .replace(ESCAPABLE, (_, ch: string) => String.fromCharCode(PRIVATE_BASE + ch.charCodeAt(0)))
    .replace(CODE_SPAN, (_, _ticks: string, code: string) => `\uF8F0${codes.push(code.trim()) - 1}\uF8F1`);
  s = s
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])/g, '$1');
  return s
    .replace(CODE_MARK, (_, i: string) => codes[Number(i)] ?? '')
    .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PRIVATE_BASE));
};
