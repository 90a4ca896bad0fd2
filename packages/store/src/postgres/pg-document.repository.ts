import {
  notFound,
  type Document,
  type DocumentListQuery,
  type DocumentRepository,
  type DocumentSearchHit,
  type DocumentStatus,
  type NewDocument,
  type Page,
} from '@corroborate/core';
import { DOCUMENT_COLUMNS, newDocumentRecord, toDocument, toSearchHit } from '../shared/document-row.mapper';
import { checkDocumentStatus, checkLimit, checkNewDocument } from '../shared/input-checks';
import { decodeCursor, encodeCursor } from '../shared/page-cursor';
import { iso, isoOrNull, num } from '../shared/row-reader';
import { HIT_END, HIT_START, searchTerms, tsQuery } from '../shared/search-terms';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

const INSERT = `INSERT INTO documents (id, kind, url, file_name, title, byline, published_at, retrieved_at, language,
  text, sha256, source_id, status, ingest_notes, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15)
  ON CONFLICT (sha256) DO NOTHING`;

// Headlines are made for the page of hits only (ts_headline re-parses the text), and from the
// first 100,000 characters: enough context, bounded cost.
const SEARCH = `WITH q AS (SELECT to_tsquery('corroborate_search', $1) AS query),
  hits AS (
    SELECT d.seq, d.id, d.title, d.file_name, d.url, d.text, q.query,
      ts_rank_cd(d.search_vector, q.query)::float8 AS rank
    FROM documents d, q WHERE d.search_vector @@ q.query
    ORDER BY rank DESC, d.seq LIMIT $2)
  SELECT id, title, file_name, url, rank,
    ts_headline('corroborate_search', left(text, 100000), query, $3) AS text_snippet,
    ts_headline('corroborate_search', coalesce(title, ''), query, $3) AS title_snippet
  FROM hits ORDER BY rank DESC, seq`;

const HEADLINE_OPTIONS = `StartSel="${HIT_START}", StopSel="${HIT_END}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Documents in PostgreSQL; search through the generated tsvector column. */
export class PgDocumentRepository implements DocumentRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async insertOrGetBySha(doc: NewDocument): Promise<{ document: Document; created: boolean }> {
    checkNewDocument(doc);
    const document = newDocumentRecord(doc, this.deps.ids.next('doc'), this.deps.clock.now());
    let inserted: boolean;
    try {
      const r = await this.session.query(INSERT, [
        document.id,
        document.kind,
        document.url,
        document.fileName,
        document.title,
        document.byline,
        isoOrNull(document.publishedAt),
        iso(document.retrievedAt),
        document.language,
        document.text,
        document.sha256,
        document.sourceId,
        document.status,
        JSON.stringify(document.ingestNotes),
        iso(document.createdAt),
      ]);
      inserted = r.rowCount === 1;
    } catch (err) {
      throw mapPgError(err, `source ${doc.sourceId}`);
    }
    if (inserted) return { document, created: true };
    const { rows } = await this.session.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE sha256 = $1`, [
      doc.sha256,
    ]);
    const row = rows[0];
    if (!row) throw notFound('document with sha256', doc.sha256);
    return { document: toDocument(row), created: false };
  }

  async get(id: string): Promise<Document | null> {
    const { rows } = await this.session.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toDocument(rows[0]) : null;
  }

  /** Newest first; the cursor continues after the last document of the previous page. */
  async list(q: DocumentListQuery): Promise<Page<Document>> {
    checkLimit(q.limit);
    const where: string[] = [];
    const params: unknown[] = [];
    const filters: [string, string | undefined][] = [
      ['status', q.status],
      ['source_id', q.sourceId],
      ['language', q.language],
    ];
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    if (q.cursor) {
      const pos = decodeCursor(q.cursor);
      params.push(iso(pos.createdAt), pos.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
    }
    params.push(q.limit + 1);
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { rows } = await this.session.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents ${filter} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, q.limit).map(toDocument);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  /** Every word of the query must match (as a prefix); best matches first. */
  async search(query: string, limit: number): Promise<DocumentSearchHit[]> {
    checkLimit(limit);
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const { rows } = await this.session.query(SEARCH, [tsQuery(terms), limit, HEADLINE_OPTIONS]);
    return rows.map(toSearchHit);
  }

  async setStatus(id: string, status: DocumentStatus): Promise<void> {
    checkDocumentStatus(status);
    const r = await this.session.query('UPDATE documents SET status = $1 WHERE id = $2', [status, id]);
    if (r.rowCount === 0) throw notFound('document', id);
  }

  async setSource(id: string, sourceId: string | null): Promise<void> {
    let changed: number;
    try {
      changed = (
        await this.session.query('UPDATE documents SET source_id = $1 WHERE id = $2', [sourceId, id])
      ).rowCount;
    } catch (err) {
      throw mapPgError(err, `source ${sourceId}`);
    }
    if (changed === 0) throw notFound('document', id);
  }

  async count(): Promise<number> {
    const { rows } = await this.session.query('SELECT count(*) AS n FROM documents');
    return rows[0] ? num(rows[0], 'n') : 0;
  }

  async *iterate(): AsyncIterable<Document> {
    let after = 0;
    for (;;) {
      const { rows } = await this.session.query(
        `SELECT seq, ${DOCUMENT_COLUMNS} FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toDocument(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }
}
