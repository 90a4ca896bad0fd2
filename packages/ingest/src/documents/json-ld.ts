/** The JSON-LD fields the ingest reads (schema.org NewsArticle and friends). */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
}

const MAX_DEPTH = 6;

/** Reads headline, datePublished and author from the page's JSON-LD blocks (first found wins). */
export const readJsonLd = (doc: Document): JsonLdArticle => {
  const found: JsonLdArticle = { headline: null, datePublished: null, author: null };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const data = parseJson(script.textContent ?? '');
    if (data !== undefined) visit(data, found, 0);
  }
  return found;
};

const parseJson = (s: string): unknown => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined; // a broken block on a page is common and not our problem
  }
};

const visit = (node: unknown, found: JsonLdArticle, depth: number): void => {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, found, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  found.headline ??= stringOf(obj.headline);
  found.datePublished ??= stringOf(obj.datePublished);
  found.author ??= authorName(obj.author);
  visit(obj['@graph'], found, depth + 1);
  visit(obj.mainEntity, found, depth + 1);
};

const stringOf = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

const authorName = (v: unknown): string | null => {
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return stringOf((v as Record<string, unknown>).name);
  return stringOf(v);
};
