// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EvidenceGallery } from './evidence-gallery';

const MEDIA = {
  id: 'med_1',
  mimeType: 'image/jpeg',
  width: 480,
  height: 320,
  sensitivity: 'dead_bodies',
  fileName: 'aftermath.jpg',
  exif: {
    capturedAt: '2016-05-03T14:30:05+03:00',
    gps: { lat: 36.3351, lon: 43.1189 },
    camera: null,
    software: null,
  },
  firstSeenAt: '2016-05-04T08:00:00.000Z',
  hasThumbnail: true,
};

const json = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', (url: string) =>
    url.startsWith('/api/media/med_1')
      ? json({ media: MEDIA, matches: [] })
      : json({ items: [], nextCursor: null }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const gallery = () =>
  render(
    <EvidenceGallery
      incidentId="inc_1"
      links={[{ mediaId: 'med_1', note: null, linkedAt: '2026-01-01T00:00:00Z' }]}
      onLinked={() => undefined}
    />,
  );

describe('EvidenceGallery', () => {
  it('hides graphic media behind a blurred thumbnail until clicked, showing capture time and GPS', async () => {
    gallery();
    const hidden = await screen.findByRole('button', { name: /Show graphic image \(dead_bodies\)/ });
    const img = hidden.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/api/media/med_1/thumbnail');
    expect(screen.getByText('36.33510, 43.11890')).toBeTruthy();
    expect(screen.getByTitle('2016-05-03T14:30:05+03:00')).toBeTruthy();
    fireEvent.click(hidden);
    expect(img.getAttribute('src')).toBe('/api/media/med_1/thumbnail?reveal=1');
  });

  it('shows graphic media unblurred by default once the user turns the setting on, and remembers it', async () => {
    gallery();
    fireEvent.click(screen.getByLabelText(/Show graphic media without blurring/));
    expect(localStorage.getItem('corroborate.revealGraphicMedia')).toBe('true');
    const img = await screen.findByAltText('aftermath.jpg');
    expect(img.getAttribute('src')).toBe('/api/media/med_1/thumbnail?reveal=1');
    cleanup();
    gallery();
    expect((await screen.findByAltText('aftermath.jpg')).getAttribute('src')).toContain('reveal=1');
  });
});
