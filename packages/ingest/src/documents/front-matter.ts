/** The front-matter keys the ingest reads; other keys are ignored. */
export interface FrontMatter {
  title: string | null;
  date: string | null;
  author: string | null;
  language: string | null;
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Splits YAML-style front matter (`---` … `---`) off a Markdown text and reads its simple keys. */
export const splitFrontMatter = (text: string): { frontMatter: FrontMatter; body: string } => {
  const empty: FrontMatter = { title: null, date: null, author: null, language: null };
  const match = BLOCK.exec(text);
  if (!match) return { frontMatter: empty, body: text };
  const values = new Map<string, string>();
  for (const line of (match[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv?.[1] && kv[2]) values.set(kv[1].toLowerCase(), unquote(kv[2]));
  }
  const get = (...keys: string[]): string | null => keys.map((k) => values.get(k)).find((v) => v) ?? null;
  return {
    frontMatter: {
      title: get('title'),
      date: get('date', 'published', 'published_at'),
      author: get('author', 'byline'),
      language: get('lang', 'language'),
    },
    body: text.slice(match[0].length),
  };
};

const unquote = (raw: string): string => {
  const s = raw.replace(/\s+#.*$/, '').trim();
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
};
