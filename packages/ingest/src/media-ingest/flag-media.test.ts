import { describe, expect, it } from 'vitest';
import { flagMedia, parseSensitivity } from './flag-media';
import { createMediaIngester } from './media-ingester';
import { photoJpeg } from './media-images.fixture';
import { makeMediaDeps } from './media-store.fake';

describe('flagMedia', () => {
  it('sets the sensitivity and audits before and after in the same transaction', async () => {
    const { deps, store } = makeMediaDeps();
    const { media } = await createMediaIngester(deps).ingestImage({
      bytes: await photoJpeg(21),
      name: 'a.jpg',
      fileName: 'a.jpg',
      url: null,
    });
    const out = await flagMedia(deps, { mediaId: media.id, sensitivity: 'dead_bodies', actorId: 'usr_7' });
    expect(out).toMatchObject({ changed: true, media: { id: media.id, sensitivity: 'dead_bodies' } });
    expect(store.committed.media[0]!.item.sensitivity).toBe('dead_bodies');
    expect(store.committed.audit).toMatchObject([
      {
        action: 'media.flag',
        entityType: 'media',
        entityId: media.id,
        actorId: 'usr_7',
        before: { sensitivity: 'none' },
        after: { sensitivity: 'dead_bodies' },
      },
    ]);
    const again = await flagMedia(deps, { mediaId: media.id, sensitivity: 'dead_bodies', actorId: 'usr_7' });
    expect(again.changed).toBe(false);
    expect(store.committed.audit).toHaveLength(1);
  });

  it('refuses an unknown item without auditing anything', async () => {
    const { deps, store } = makeMediaDeps();
    await expect(
      flagMedia(deps, { mediaId: 'med_x', sensitivity: 'none', actorId: null }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: 'media item med_x does not exist',
    });
    expect(store.committed.audit).toEqual([]);
  });
});

describe('parseSensitivity', () => {
  it('accepts the four values, with dashes or any case, and lists them when wrong', () => {
    expect(parseSensitivity('graphic-violence')).toBe('graphic_violence');
    expect(parseSensitivity('PERSONAL_INFORMATION')).toBe('personal_information');
    expect(() => parseSensitivity('gory')).toThrow(
      '"gory" is not a sensitivity: use one of none, graphic_violence, dead_bodies, personal_information',
    );
  });
});
