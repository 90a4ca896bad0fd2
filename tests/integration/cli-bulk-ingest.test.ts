import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-bulk-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FORMATS = ['txt', 'md', 'html', 'jsonl'] as const;

const body = (i: number, ext: (typeof FORMATS)[number]): string => {
  const sentence = `Report ${i}: residents said ${i % 50} people were wounded in shelling near Aleppo.`;
  switch (ext) {
    case 'md':
      return `# Report ${i}\n\n${sentence}\n`;
    case 'html':
      return `<html><head><title>Report ${i}</title></head><body><article><h1>Report ${i}</h1><p>${sentence}</p><p>More details were not available on the day the report was filed.</p></article></body></html>`;
    case 'jsonl':
      return `${JSON.stringify({ title: `Report ${i}`, text: sentence })}\n`;
    default:
      return `${sentence}\n`;
  }
};

describe('ingesting 1,000 mixed files', () => {
  it('shows progress and ends with a summary of stored, duplicates and failures', async () => {
    const folder = join(dir, 'corpus');
    for (let i = 0; i < 1000; i += 1) {
      const ext = FORMATS[i % FORMATS.length]!;
      const sub = join(folder, `batch-${i % 10}`);
      await mkdir(sub, { recursive: true });
      // Every 100th file repeats file 0's text (a duplicate); every 250th is empty (a failure).
      const text = i % 250 === 249 ? '' : i % 100 === 99 ? body(0, 'txt') : body(i, ext);
      await writeFile(join(sub, `file-${i}.${i % 100 === 99 ? 'txt' : ext}`), text);
    }
    const r = await runCli(['ingest', folder, '--db', `sqlite:${join(dir, 'bulk.db')}`, '--no-extract']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/progress: \d+\/1000/);
    expect(r.stderr).toMatch(/progress: 1000\/1000 \(100%\)/);
    const failed = 4; // files 249, 499, 749 and 999 are empty
    const dupes = 8; // files 99, 199, …, 999 repeat file 0, except 499 and 999, which are empty
    expect(r.stdout).toMatch(
      new RegExp(`ingested: ${1000 - failed - dupes} stored, ${dupes} duplicates, ${failed} failed`),
    );
  }, 180_000);
});
