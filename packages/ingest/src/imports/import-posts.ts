import { stat, readFile } from 'node:fs/promises';
import { isDomainError, type NewDocument } from '@corroborate/core';
import { formatOf } from '../documents/document-format';
import { storeDocument } from '../ingest/store-document';
import { MAX_IMAGE_BYTES } from '../media/decode-image';
import type { ImportDeps, ImportedPost, ImportSummary, PlatformExport, PostAttachment } from './import-types';

const why = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export const emptySummary = (): ImportSummary => ({
  posts: 0,
  documents: { stored: 0, duplicates: 0 },
  media: { stored: 0, duplicates: 0 },
  skippedPosts: 0,
  missing: [],
  skipped: [],
  failed: [],
});

const postDocument = (post: ImportedPost, sourceId: string | null, deps: ImportDeps): NewDocument => ({
  kind: post.kind ?? 'social_post',
  url: post.url,
  fileName: post.fileName,
  title: post.title,
  byline: post.byline,
  publishedAt: post.postedAt,
  retrievedAt: deps.clock.now(),
  language: null,
  text: post.text,
  sha256: deps.hasher.sha256(post.text),
  sourceId,
  ingestNotes: [
    ...(post.postedAtText ? [`posted: ${post.postedAtText}`] : []),
    ...(post.editedAtText ? [`edited: ${post.editedAtText} (the export holds the edited text)`] : []),
    ...post.links.map((l) => `link: ${l}`),
    ...(post.notes ?? []),
  ],
});

/** Stores one attachment as a media item; files are read one at a time, so memory stays bounded. */
async function storeAttachment(
  deps: ImportDeps,
  post: ImportedPost,
  a: PostAttachment,
  documentId: string | null,
  summary: ImportSummary,
): Promise<void> {
  const where = `${post.label}: ${a.name}`;
  if (a.skipReason) {
    summary.skipped.push({ post: post.label, what: `${a.name}: ${a.skipReason}` });
    return;
  }
  if (!a.path || a.missing) {
    summary.missing.push({ post: post.label, what: `${a.name} (${a.missing ?? 'not in the export'})` });
    return;
  }
  if (formatOf(a.name) !== 'media') {
    summary.skipped.push({
      post: post.label,
      what: `${a.name}: not an image; only images are stored as media`,
    });
    return;
  }
  try {
    const size = (await stat(a.path)).size;
    if (size > MAX_IMAGE_BYTES) {
      summary.failed.push({ post: post.label, what: `${a.name}: ${size} bytes, over the image limit` });
      return;
    }
    const out = await deps.ingestImage({
      bytes: await readFile(a.path),
      name: where,
      fileName: a.name,
      url: post.url,
      documentId,
    });
    if (out.created) summary.media.stored += 1;
    else summary.media.duplicates += 1;
  } catch (err) {
    if (isErrno(err, 'ENOENT'))
      summary.missing.push({ post: post.label, what: `${a.name} (file not found)` });
    else if (isDomainError(err)) summary.failed.push({ post: post.label, what: `${a.name}: ${err.message}` });
    else throw err;
  }
}

const isErrno = (err: unknown, code: string): boolean =>
  err instanceof Error && 'code' in err && (err as { code?: unknown }).code === code;

/**
 * Stores an export: each post's text as a document (source, posted time with zone, links and edit
 * noted) with its extraction queued, each attachment as a media item linked to it. Documents and
 * media are keyed by SHA-256, so importing the same export again stores nothing new.
 */
export async function importPosts(deps: ImportDeps, exp: PlatformExport): Promise<ImportSummary> {
  const summary = emptySummary();
  const source = exp.source ? await deps.store.sources.upsertByName(exp.source) : null;
  for await (const post of exp.posts) {
    summary.posts += 1;
    let documentId: string | null = null;
    if (post.text.trim() !== '') {
      try {
        const own = post.sourceName
          ? await deps.store.sources.upsertByName({ name: post.sourceName, kind: 'unknown', url: null })
          : null;
        const stored = await storeDocument(deps.store, postDocument(post, (own ?? source)?.id ?? null, deps));
        documentId = stored.id;
        if (stored.created) summary.documents.stored += 1;
        else summary.documents.duplicates += 1;
      } catch (err) {
        if (!isDomainError(err)) throw err;
        summary.failed.push({ post: post.label, what: why(err) });
      }
    } else if (post.attachments.length === 0) {
      summary.skippedPosts += 1;
      continue;
    }
    for (const a of post.attachments) await storeAttachment(deps, post, a, documentId, summary);
  }
  return summary;
}
