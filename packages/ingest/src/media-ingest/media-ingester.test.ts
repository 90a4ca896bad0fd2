import { describe, expect, it } from 'vitest';
import { ingestInputs } from '../ingest/ingest-inputs';
import { makeDeps, makeTempDir } from '../ingest/ingest-test-kit';
import { createMediaIngester } from './media-ingester';
import { animatedGif, mirroredSmallCopy, photoJpeg } from './media-images.fixture';
import { makeMediaDeps } from './media-store.fake';

describe('createMediaIngester with ingestInputs', () => {
  it('takes the images of a folder through media ingest, next to its documents, and counts them', async () => {
    const tmp = await makeTempDir();
    try {
      await tmp.write('report.txt', 'Officials said 12 people were killed in the market.');
      await tmp.write('photos/a.jpg', await photoJpeg(31));
      await tmp.write('photos/b-copy.jpg', await mirroredSmallCopy(31));
      await tmp.write('photos/anim.gif', await animatedGif());
      await tmp.write('photos/fake.jpg', 'this is text');
      const media = makeMediaDeps();
      const sut = createMediaIngester(media.deps);
      const summary = await ingestInputs([tmp.root], makeDeps({ ingestMedia: sut.ingestMedia }), {
        allowPrivate: false,
      });
      expect(summary.stored).toBe(4);
      expect(summary.failed).toEqual([
        {
          input: `${tmp.root}/photos/fake.jpg`,
          code: 'unsupported_format',
          reason: expect.stringMatching(/fake\.jpg: text, not an image/),
        },
      ]);
      expect(sut.counts).toMatchObject({ stored: 3, duplicates: 0, failed: 1, nearDuplicates: 1 });
      const warnings = summary.warnings.map((w) => `${w.input}: ${w.message}`).join('\n');
      expect(warnings).toMatch(/b-copy\.jpg: near-duplicate of med_\w+/);
      expect(warnings).toMatch(/anim\.gif: animated or multi-page GIF/);
      // The walker names files by their path below the folder given.
      const names = media.store.committed.media.map((m) => m.item.fileName!.split('/').slice(-2).join('/'));
      expect(names.sort()).toEqual(['photos/a.jpg', 'photos/anim.gif', 'photos/b-copy.jpg']);

      const again = await ingestInputs(
        [`${tmp.root}/photos/a.jpg`],
        makeDeps({ ingestMedia: sut.ingestMedia }),
        {
          allowPrivate: false,
        },
      );
      expect(again).toMatchObject({ stored: 0, duplicates: 1 });
    } finally {
      await tmp.remove();
    }
  });

  it('ingests a fetched image body with its final URL, noting a redirect', async () => {
    const { deps, store } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    const result = await sut.ingestMedia({
      source: 'url',
      input: 'https://example.org/p',
      url: 'https://example.org/p',
      finalUrl: 'https://cdn.example.org/p.jpg',
      contentType: 'image/jpeg',
      bytes: await photoJpeg(32),
    });
    expect(result).toEqual({ created: true, notes: ['redirected to https://cdn.example.org/p.jpg'] });
    expect(store.committed.media[0]!.item).toMatchObject({
      url: 'https://cdn.example.org/p.jpg',
      fileName: null,
    });
  });

  it('fails a missing file and counts it', async () => {
    const { deps } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    await expect(
      sut.ingestMedia({
        source: 'file',
        input: 'gone.jpg',
        path: '/nonexistent/gone.jpg',
        fileName: 'gone.jpg',
      }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(sut.counts.failed).toBe(1);
  });
});
