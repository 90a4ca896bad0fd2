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
import { fts5Query, searchTerms } from '../shared/search-terms';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

const INSERT = `INSERT INTO documents (id, kind, url, file_name, title, byline, published_at, retrieved_at, language,
  text, sha256, source_id, status, ingest_notes, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`;

// Title matches weigh more than body matches; bm25 is lower-is-better, so it is negated.
// char(57344/57345) are the HIT_START/HIT_END markers.
const SEARCH = `SELECT d.id, d.title, d.file_name, d.url,
    snippet(documents_fts, 1, char(57344), char(57345), '…', 24) AS text_snippet,
    snippet(documents_fts, 0, char(57344), char(57345), '…', 24) AS title_snippet,
    -bm25(documents_fts, 8.0, 1.0) AS rank
  FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
  WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 8.0, 1.0), d.seq LIMIT ?`;

/** Documents in SQLite; search through the FTS5 table kept by triggers. */
export class SqliteDocumentRepository implements DocumentRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async insertOrGetBySha(doc: NewDocument): Promise<{ document: Document; created: boolean }> {
    checkNewDocument(doc);
    return await this.session.run((c) => {
      const document = newDocumentRecord(doc, this.deps.ids.next('doc'), this.deps.clock.now());
      let inserted: boolean;
      try {
        inserted =
          c.run(
            INSERT,
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
          ).changes === 1;
      } catch (err) {
        throw mapSqliteError(err, `source ${doc.sourceId}`);
      }
      if (inserted) return { document, created: true };
      const row = c.get(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?`, doc.sha256);
      if (!row) throw notFound('document with sha256', doc.sha256);
      return { document: toDocument(row), created: false };
    });
  }

  async get(id: string): Promise<Document | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`, id),
    );
    return row ? toDocument(row) : null;
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
      where.push(`${column} = ?`);
      params.push(value);
    }
    if (q.cursor) {
      const pos = decodeCursor(q.cursor);
      where.push('(created_at, id) < (?, ?)');
      params.push(iso(pos.createdAt), pos.id);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const sql = `SELECT ${DOCUMENT_COLUMNS} FROM documents ${filter} ORDER BY created_at DESC, id DESC LIMIT ?`;
    const rows = await this.session.run((c) => c.all(sql, ...params, q.limit + 1));
    const items = rows.slice(0, q.limit).map(toDocument);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  /** Every word of the query must match (as a prefix); best matches first. */
  async search(query: string, limit: number): Promise<DocumentSearchHit[]> {
    checkLimit(limit);
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const rows = await this.session.run((c) => c.all(SEARCH, fts5Query(terms), limit));
    return rows.map(toSearchHit);
  }

  async setStatus(id: string, status: DocumentStatus): Promise<void> {
    checkDocumentStatus(status);
    const changed = await this.session.run(
      (c) => c.run('UPDATE documents SET status = ? WHERE id = ?', status, id).changes,
    );
    if (changed === 0) throw notFound('document', id);
  }

  async setSource(id: string, sourceId: string | null): Promise<void> {
    const changed = await this.session.run((c) => {
      try {
        return c.run('UPDATE documents SET source_id = ? WHERE id = ?', sourceId, id).changes;
      } catch (err) {
        throw mapSqliteError(err, `source ${sourceId}`);
      }
    });
    if (changed === 0) throw notFound('document', id);
  }

  async count(): Promise<number> {
    const row = await this.session.run((c) => c.get('SELECT count(*) AS n FROM documents'));
    return row ? num(row, 'n') : 0;
  }

  async *iterate(): AsyncIterable<Document> {
    let after = 0;
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          `SELECT seq, ${DOCUMENT_COLUMNS} FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`,
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toDocument(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }
}
