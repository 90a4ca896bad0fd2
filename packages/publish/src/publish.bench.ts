// Cost of the publishing library's hot paths: rendering a reader's comment (ordinary and hostile),
// building the three feeds for 50 items, and the inertness check the tests use. Prints per-call
// CPU time, so other load on the machine counts less. Run: npx tsx packages/publish/src/publish.bench.ts
import { buildFeeds } from './feeds/build-feeds';
import type { FeedEntry } from './feeds/feed.types';
import { MAX_COMMENT_LENGTH, renderCommentMarkdown } from './sanitize/comment-markdown';
import { findUnsafeMarkup } from './sanitize/unsafe-markup-finder';
import { XSS_CORPUS } from './sanitize/xss-corpus';

function measure(label: string, runs: number, fn: (i: number) => unknown): void {
  fn(0); // warm-up: jsdom and DOMPurify are created on first use
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i += 1) fn(i);
  const { user, system } = process.cpuUsage(start);
  const perCallMs = (user + system) / 1_000 / runs;
  console.log(`${label.padEnd(46)} ${perCallMs.toFixed(3).padStart(9)} ms/call  (${runs} runs)`);
}

const ordinary = [
  'I was in **Tikrit** that week. The figure of *1,700* comes from one video;',
  'the [HRW report](https://hrw.example/report) counts fewer. See `upd_12`.',
  '',
  '> they said the camp was emptied',
  '',
  '- two independent counts',
  '- one satellite image',
].join('\n');
const hostile = {
  brackets: '['.repeat(MAX_COMMENT_LENGTH),
  linkOpeners: '[x]('.repeat(MAX_COMMENT_LENGTH / 4),
  asterisks: '*a '.repeat(MAX_COMMENT_LENGTH / 3),
  quotes: '>'.repeat(MAX_COMMENT_LENGTH),
  html: XSS_CORPUS.map((p) => p.payload)
    .join('\n')
    .repeat(5)
    .slice(0, MAX_COMMENT_LENGTH),
};

measure(`comment, ordinary (${ordinary.length} chars)`, 2_000, () => renderCommentMarkdown(ordinary));
for (const [name, src] of Object.entries(hostile)) {
  measure(`comment, hostile ${name} (${src.length} chars)`, 20, () => renderCommentMarkdown(src));
}
measure('findUnsafeMarkup, XSS corpus payload', 2_000, (i) =>
  findUnsafeMarkup(XSS_CORPUS[i % XSS_CORPUS.length]?.payload ?? ''),
);

const items: FeedEntry[] = Array.from({ length: 50 }, (_, i) => ({
  id: `asm_${i}`,
  url: `https://corroborate.example/a/${i}`,
  title: `Assessment ${i}: claim of ${i * 10} killed`,
  summary: 'Graded fair: two independent counts, one satellite image.',
  contentMarkdown: ordinary,
  published: new Date(Date.UTC(2014, 5, 1 + (i % 28))),
  updated: new Date(Date.UTC(2014, 5, 1 + (i % 28), 12)),
  tags: ['iraq'],
}));
const site = {
  title: 'Corroborate',
  description: 'Assessments',
  baseUrl: 'https://corroborate.example',
  authorName: 'Desk',
};
measure('buildFeeds, 50 items, RSS + Atom + JSON', 50, () => buildFeeds({ site, items, now: new Date() }));
