import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestExitCode, ingestInputs as sut } from './ingest-inputs';
import { FIXED_NOW, makeDeps, makeTempDir } from './ingest-test-kit';
import type { IngestSummary } from './ingest-types';

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.remove();
});

const opts = { allowPrivate: false };

describe('ingestInputs: documents from files', () => {
  it('stores a text file together with its extraction job', async () => {
    const path = await tmp.write('report.txt', 'Tikrit\n\nAt least 12 people were killed.');
    const deps = makeDeps();
    const summary = await sut([path], deps, opts);
    expect(summary).toEqual({
      stored: 1,
      duplicates: 0,
      failed: [],
      warnings: [],
      skipped: [],
      aborted: false,
    });
    const [doc] = deps.memory.allDocuments;
    expect(doc).toMatchObject({
      fileName: 'report.txt',
      title: 'Tikrit',
      retrievedAt: FIXED_NOW,
      sha256: deps.hasher.sha256('Tikrit\n\nAt least 12 people were killed.'),
    });
    expect(deps.memory.allJobs).toEqual([
      expect.objectContaining({
        name: 'document.extract',
        payload: { documentId: doc?.id },
        dedupeKey: `document.extract:${doc?.id}`,
      }),
    ]);
  });

  it('reports an empty file, a binary file and a missing file as one-line failures', async () => {
    const empty = await tmp.write('empty.txt', '  \n\n ');
    const binary = await tmp.write('blob.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    const missing = join(tmp.root, 'nope.txt');
    const summary = await sut([empty, binary, missing], makeDeps(), opts);
    expect(summary.failed).toEqual([
      { input: empty, code: 'empty_input', reason: `${empty}: empty, no text to ingest` },
      { input: binary, code: 'unsupported_format', reason: `${binary}: binary file, not a text document` },
      { input: missing, code: 'not_found', reason: `${missing}: no such file` },
    ]);
    expect(summary.stored).toBe(0);
    expect(ingestExitCode(summary)).toBe(1);
  });

  it('stores invalid UTF-8 with replacement characters, a note and a warning', async () => {
    const path = await tmp.write(
      'latin.txt',
      Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' ok')]),
    );
    const deps = makeDeps();
    const summary = await sut([path], deps, opts);
    expect(summary.stored).toBe(1);
    expect(summary.warnings).toEqual([{ input: path, message: 'invalid UTF-8 replaced at 1 place' }]);
    expect(deps.memory.allDocuments[0]).toMatchObject({
      text: 'caf\ufffd ok',
      ingestNotes: ['invalid UTF-8 replaced at 1 place'],
    });
  });

  it('refuses a 50 MB HTML file with one line naming the limit, without reading it', async () => {
    const chunk = Buffer.from('<p>12 people were killed in the market.</p>\n'.repeat(1024));
    const path = await tmp.write(
      'huge.html',
      Buffer.concat([
        Buffer.from('<html><body>'),
        ...Array<Buffer>(Math.ceil((50 * 1024 * 1024) / chunk.length)).fill(chunk),
      ]),
    );
    const summary = await sut([path], makeDeps(), opts);
    expect(summary.failed).toEqual([
      {
        input: path,
        code: 'input_too_large',
        reason: `${path}: 50 MB, over the 20 MB limit for one document`,
      },
    ]);
  });

  it('counts the same text in two files once, as one stored and one duplicate', async () => {
    const a = await tmp.write('a.txt', 'Same words.');
    const b = await tmp.write('copy/b.md', 'Same words.');
    const deps = makeDeps();
    const summary = await sut([a, b], deps, opts);
    expect(summary).toMatchObject({ stored: 1, duplicates: 1, failed: [] });
    expect(deps.memory.allDocuments).toHaveLength(1);
    expect(deps.memory.allJobs).toHaveLength(1);
    expect(ingestExitCode(summary)).toBe(0);
  });
});

describe('ingestInputs: JSON Lines', () => {
  it('stores the good lines and reports the broken one by its line number', async () => {
    const lines = [
      JSON.stringify({
        url: 'https://news.test/1',
        title: 'One',
        published: '2014-06-12',
        text: 'First report.',
      }),
      '{"title": "broken", "text": ',
      '',
      JSON.stringify({ body: 'Second report.', date: '2014-06-13T08:00:00+03:00' }),
    ];
    const path = await tmp.write('feed.jsonl', `${lines.join('\n')}\n`);
    const deps = makeDeps();
    const summary = await sut([path], deps, opts);
    expect(summary.stored).toBe(2);
    expect(summary.failed).toEqual([
      expect.objectContaining({
        input: path,
        line: 2,
        code: 'parse_failed',
        reason: expect.stringMatching(/line 2: not valid JSON/),
      }),
    ]);
    expect(deps.memory.allDocuments.map((d) => [d.url, d.title, d.publishedAt?.toISOString()])).toEqual([
      ['https://news.test/1', 'One', '2014-06-12T00:00:00.000Z'],
      [null, 'Second report.', '2014-06-13T05:00:00.000Z'],
    ]);
    expect(deps.memory.allDocuments[1]?.ingestNotes).toEqual(['line 4 of feed.jsonl']);
  });

  it('streams a file of many records', async () => {
    const n = 3000;
    const body = Array.from({ length: n }, (_, i) => JSON.stringify({ text: `Report number ${i}.` })).join(
      '\n',
    );
    const path = await tmp.write('many.ndjson', body);
    const deps = makeDeps();
    const summary = await sut([path], deps, opts);
    expect(summary).toMatchObject({ stored: n, failed: [] });
    expect(deps.memory.transactions).toBe(n);
  });

  it('warns with the line number for a record kept with an unreadable date', async () => {
    const path = await tmp.write('d.jsonl', JSON.stringify({ text: 'x', date: 'soon' }));
    const summary = await sut([path], makeDeps(), opts);
    expect(summary.warnings).toEqual([
      { input: path, line: 1, message: 'published date "soon" not understood' },
    ]);
  });
});

describe('ingestInputs: folders', () => {
  it('walks folders recursively in sorted order, skipping dotfiles, node_modules and non-documents', async () => {
    await tmp.write('reports/b.txt', 'B text');
    await tmp.write('reports/a/z.md', '# Z\n\nZ text');
    await tmp.write('reports/a/photo.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    await tmp.write('reports/.hidden.txt', 'hidden');
    await tmp.write('reports/node_modules/x.txt', 'dependency');
    const deps = makeDeps();
    const seen: string[] = [];
    const summary = await sut([join(tmp.root, 'reports')], deps, {
      ...opts,
      onProgress: (p) => seen.push(`${p.done}/${p.total}`),
    });
    expect(summary).toMatchObject({ stored: 2, failed: [] });
    expect(summary.skipped).toEqual([
      { input: join(tmp.root, 'reports/a/photo.jpg'), reason: 'not a document' },
    ]);
    expect(deps.memory.allDocuments.map((d) => d.fileName)).toEqual(['reports/a/z.md', 'reports/b.txt']);
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('hands images to the media handler when one is plugged in', async () => {
    const photo = await tmp.write('p/photo.PNG', Buffer.from([0x89, 0x50]));
    const handled: string[] = [];
    const deps = makeDeps({
      ingestMedia: (media) => {
        handled.push(media.source === 'file' ? media.fileName : media.url);
        return Promise.resolve({ created: true, notes: ['no EXIF'] });
      },
    });
    const summary = await sut([join(tmp.root, 'p')], deps, opts);
    expect(handled).toEqual(['p/photo.PNG']);
    expect(summary).toMatchObject({
      stored: 1,
      skipped: [],
      warnings: [{ input: photo, message: 'no EXIF' }],
    });
  });

  it('takes 1,200 files one at a time with progress for each', async () => {
    const n = 1200;
    for (let i = 0; i < n; i += 1) await tmp.write(`bulk/${String(i).padStart(4, '0')}.txt`, `Document ${i}`);
    let last = { done: 0, total: 0 };
    const summary = await sut([join(tmp.root, 'bulk')], makeDeps(), {
      ...opts,
      onProgress: (p) => (last = p),
    });
    expect(summary.stored).toBe(n);
    expect(last).toMatchObject({ done: n, total: n, input: join(tmp.root, 'bulk', '1199.txt') });
  });

  it('stops at the signal and says the run was aborted', async () => {
    for (const name of ['1.txt', '2.txt', '3.txt']) await tmp.write(`s/${name}`, `text ${name}`);
    const ctl = new AbortController();
    const summary: IngestSummary = await sut([join(tmp.root, 's')], makeDeps(), {
      ...opts,
      signal: ctl.signal,
      onProgress: () => ctl.abort(),
    });
    expect(summary).toMatchObject({ stored: 1, aborted: true });
  });
});

describe('ingestInputs: store faults', () => {
  it('writes nothing when the job cannot be enqueued, and lets the fault surface', async () => {
    const path = await tmp.write('a.txt', 'text');
    const deps = makeDeps();
    deps.memory.failNextEnqueue = new Error('disk full');
    await expect(sut([path], deps, opts)).rejects.toThrow('disk full');
    expect(deps.memory.allDocuments).toHaveLength(0);
    expect(deps.memory.allJobs).toHaveLength(0);
  });
});
