import { writeCaptureWarc, type CaptureResource } from '@corroborate/archive';
import {
  DomainError,
  isDomainError,
  type BlobStore,
  type Capture,
  type Clock,
  type Hasher,
  type Store,
} from '@corroborate/core';
import { formatOf } from '../documents/document-format';
import { parseDocument } from '../documents/parse-document';
import type { FetchOptions, UrlFetcher } from '../fetch/fetch-types';
import { fetchUrl } from '../fetch/fetch-url';
import { storeDocument, toNewDocument } from '../ingest/store-document';
import type { ImageIngestOutcome, ImageSource } from '../media-ingest/media-ingest-types';
import { MAX_IMAGE_BYTES } from '../media/decode-image';
import { pageImageUrls } from './page-images';

export interface CaptureDeps {
  store: Store;
  blobs: BlobStore;
  clock: Clock;
  hasher: Hasher;
  /** Stores one image as a media item (the process's media ingester). */
  ingestImage(src: ImageSource): Promise<ImageIngestOutcome>;
  /** The SSRF-safe fetcher by default. */
  fetchUrl?: UrlFetcher;
}

/** Fetch policy for the page and every image (the same for all), plus how many images to take. */
export interface CaptureOptions extends Omit<FetchOptions, 'maxBytes'> {
  maxImages?: number;
  maxPageBytes?: number;
}

/** What one capture stored, and what it could not. */
export interface CaptureOutcome {
  capture: Capture;
  /** The page text's document; created false when the same text was already stored. */
  document: { id: string; created: boolean } | null;
  images: { url: string; mediaId: string | null; created: boolean; problem: string | null }[];
  warnings: string[];
}

const DEFAULT_MAX_IMAGES = 50;
const USER_AGENT = 'Corroborate capture (+https://github.com/corroborate)';

const why = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Captures a web page: fetches it and its images under the same address policy and limits, writes
 * one WARC (request, response, resource and metadata records) to the blob store, stores the page
 * text as a document and the images as media items, and records the capture (the store ledgers
 * each object). An image that fails is noted, not fatal; a page that fails throws.
 */
export async function capturePage(
  deps: CaptureDeps,
  url: string,
  opts: CaptureOptions,
): Promise<CaptureOutcome> {
  const fetch = deps.fetchUrl ?? fetchUrl;
  const { maxImages = DEFAULT_MAX_IMAGES, maxPageBytes, ...fetchOpts } = opts;
  const fetchedAt = deps.clock.now();
  const page = await fetch(url, { ...fetchOpts, ...(maxPageBytes ? { maxBytes: maxPageBytes } : {}) });
  const format = formatOf(new URL(page.finalUrl).pathname, page.contentType);
  const warnings: string[] = [];

  const resources: CaptureResource[] = [];
  const images: CaptureOutcome['images'] = [];
  const imageBytes: Uint8Array[] = [];
  if (format === 'html') {
    for (const imgUrl of pageImageUrls(page.bytes, page.finalUrl, maxImages)) {
      try {
        const img = await fetch(imgUrl, { ...fetchOpts, maxBytes: MAX_IMAGE_BYTES });
        resources.push({
          url: img.finalUrl,
          fetchedAt: deps.clock.now(),
          contentType: img.contentType ?? 'application/octet-stream',
          body: img.bytes,
        });
        imageBytes.push(img.bytes);
        images.push({ url: imgUrl, mediaId: null, created: false, problem: null });
      } catch (err) {
        images.push({ url: imgUrl, mediaId: null, created: false, problem: why(err) });
        warnings.push(`image ${imgUrl}: ${why(err)}`);
      }
    }
  }

  let parsed = null;
  if (format === 'html' || format === 'markdown' || format === 'text') {
    try {
      parsed = parseDocument(page.bytes, { name: url, contentType: page.contentType }, format);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      warnings.push(`page text not stored: ${err.message}`);
    }
  }

  const warc = await writeCaptureWarc({
    pages: [
      {
        url: page.finalUrl,
        fetchedAt,
        request: { method: 'GET', headers: [['User-Agent', USER_AGENT]] },
        // The SSRF-safe fetcher hands back the decoded body and its type, not the raw headers.
        response: {
          status: page.status,
          headers: [['Content-Type', page.contentType ?? 'application/octet-stream']],
          body: page.bytes,
          bodyDecoded: true,
        },
        ...(parsed?.title ? { title: parsed.title } : {}),
      },
    ],
    resources,
    metadata: {
      'requested-url': url,
      'final-url': page.finalUrl,
      images: images.map((i) => (i.problem ? `${i.url} (not captured: ${i.problem})` : i.url)),
    },
    software: 'Corroborate',
  });
  const put = await deps.blobs.put(warc.bytes);
  if (put.sha256 !== warc.sha256)
    throw new DomainError('internal', `capture of ${url}: the blob store hashed the WARC differently`);

  const document = parsed
    ? await storeDocument(
        deps.store,
        toNewDocument(
          parsed,
          {
            fileName: null,
            url: page.finalUrl,
            retrievedAt: fetchedAt,
            extraNotes: [
              `captured in WARC ${warc.sha256}`,
              ...(page.finalUrl === url ? [] : [`redirected from ${url}`]),
            ],
          },
          deps.hasher,
        ),
      )
    : null;

  let next = 0;
  for (const image of images) {
    if (image.problem) continue;
    const bytes = imageBytes[next++];
    if (!bytes) continue;
    try {
      const outcome = await deps.ingestImage({
        bytes,
        name: image.url,
        fileName: null,
        url: image.url,
        documentId: document?.id ?? null,
      });
      image.mediaId = outcome.media.id;
      image.created = outcome.created;
    } catch (err) {
      image.problem = why(err);
      warnings.push(`image ${image.url}: kept in the WARC but not stored as media: ${why(err)}`);
    }
  }

  const capture = await deps.store.captures.create({
    url,
    sha256: warc.sha256,
    filename: warc.filename,
    byteSize: warc.bytes.byteLength,
    documentId: document?.id ?? null,
    mediaIds: images.flatMap((i) => (i.mediaId ? [i.mediaId] : [])),
    capturedAt: fetchedAt,
  });
  return { capture, document, images, warnings };
}
