import { describe, expect, it } from 'vitest';
import { aDocument } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';

const HOSTILE_QUERIES = [
  '"unbalanced',
  'AND OR',
  'NOT',
  'NEAR(a b',
  '*',
  'title:massacre',
  "o'brien",
  '(((',
  '^start',
  '-minus +plus',
  '\\',
  'a & | ! :*',
  "'; DROP TABLE documents; --",
  'x'.repeat(5000),
  '\u0301',
  'e\u0301\u0301 \u0301a',
  '😀 🇮🇶',
  'nul\u0000byte',
  '_ __init__',
  '١٢٣ ٤٥',
];

export function searchContract(h: ContractHarness): void {
  describe('search', () => {
    const t = useContractStore(h);

    const seed = async (): Promise<Record<string, string>> => {
      const { store } = t();
      const put = async (title: string, text: string): Promise<string> =>
        (await store.documents.insertOrGetBySha(aDocument({ title, text }))).document.id;
      return {
        strong: await put(
          'Massacre in Tikrit',
          'Witnesses described the massacre.\nThe massacre at the camp left many dead.',
        ),
        weak: await put(
          'Weekly roundup',
          `${'Other news of the week. '.repeat(40)}One line mentions a massacre.`,
        ),
        cafe: await put('Night life', 'The Café Central reopened\n\non Friday after repairs.'),
        arabic: await put('تقرير', 'قال شهود إن مجزرة وقعت في القرية'),
        unbalanced: await put('Budget', 'An unbalanced budget was presented.'),
      };
    };

    it('ranks documents with more and better-placed matches first', async () => {
      const ids = await seed();
      const hits = await t().store.documents.search('massacre', 10);
      expect(hits.map((h) => h.id)).toEqual([ids.strong, ids.weak]);
      expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
      expect(hits[0]).toMatchObject({
        title: 'Massacre in Tikrit',
        url: 'https://example.org/news/1',
        fileName: null,
      });
    });

    it('matches word prefixes and needs every word', async () => {
      const ids = await seed();
      const { store } = t();
      expect((await store.documents.search('massac', 10)).map((h) => h.id)).toEqual([ids.strong, ids.weak]);
      expect((await store.documents.search('massacre tikrit', 10)).map((h) => h.id)).toEqual([ids.strong]);
      expect(await store.documents.search('massacre nowhere', 10)).toEqual([]);
    });

    it('ignores accents and case: cafe finds Café, CAFÉ finds it too', async () => {
      const ids = await seed();
      const { store } = t();
      expect((await store.documents.search('cafe', 10)).map((h) => h.id)).toEqual([ids.cafe]);
      expect((await store.documents.search('CAFÉ', 10)).map((h) => h.id)).toEqual([ids.cafe]);
    });

    it('finds words in non-Latin scripts', async () => {
      const ids = await seed();
      expect((await t().store.documents.search('مجزرة', 10)).map((h) => h.id)).toEqual([ids.arabic]);
    });

    it('marks the match with [ and ] in a one-line snippet', async () => {
      await seed();
      const [hit] = await t().store.documents.search('cafe', 1);
      expect(hit?.snippet).toContain('[Café]');
      expect(hit?.snippet).toContain('reopened on Friday');
      expect(hit?.snippet).not.toMatch(/[\n\r]/);
    });

    it('takes the snippet from the title when only the title matches', async () => {
      await seed();
      const [hit] = await t().store.documents.search('roundup', 1);
      expect(hit?.snippet).toBe('Weekly [roundup]');
    });

    it('never throws on query syntax: operators and quotes are plain words', async () => {
      const ids = await seed();
      const { store } = t();
      for (const q of HOSTILE_QUERIES) {
        const hits = await store.documents.search(q, 5);
        expect(Array.isArray(hits), q).toBe(true);
      }
      expect((await store.documents.search('"unbalanced', 5)).map((h) => h.id)).toEqual([ids.unbalanced]);
      expect(await store.documents.search('  !!! ', 5)).toEqual([]);
    });

    it('returns at most `limit` hits', async () => {
      await seed();
      expect(await t().store.documents.search('massacre', 1)).toHaveLength(1);
    });
  });
}
