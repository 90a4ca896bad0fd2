import { utf8 } from '../shared/bytes';
import type { CaptureWarcInput } from './capture.types';

/** A small capture written for tests: one article page, one photo, some metadata. */
export function sampleCapture(overrides: Partial<CaptureWarcInput> = {}): CaptureWarcInput {
  const fetchedAt = new Date('2014-06-14T09:30:00.250Z');
  return {
    pages: [
      {
        url: 'https://news.example.org/2014/06/camp-speicher?lang=en',
        fetchedAt,
        request: { headers: { 'User-Agent': 'Corroborate-test/1', Accept: 'text/html' } },
        response: {
          status: 200,
          statusText: 'OK',
          headers: [
            ['Content-Type', 'text/html; charset=utf-8'],
            ['Set-Cookie', 'a=1'],
            ['Set-Cookie', 'b=2'],
          ],
          body: utf8(
            '<html><head><title>Report</title></head><body><p>Witnesses said 1,700 cadets were taken.</p></body></html>',
          ),
        },
        title: 'Report',
      },
    ],
    resources: [
      {
        url: 'https://img.example.org/photo-1.jpg',
        fetchedAt: new Date('2014-06-14T09:30:01Z'),
        contentType: 'image/jpeg',
        body: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]),
      },
    ],
    metadata: { via: 'https://social.example.org/post/123', note: 'captured for incident inc_1' },
    ...overrides,
  };
}
