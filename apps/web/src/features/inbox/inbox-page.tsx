import { useState } from 'react';
import { DOCUMENT_STATUSES } from '@corroborate/core';
import { api } from '../../api/api-client';
import type { DocumentStatus } from '../../api/api-types';
import { Link } from '../../ui/link';
import { LocalDate } from '../../ui/local-date';
import { useLoad } from '../../ui/use-load';
import { MediaInbox } from './media-inbox';

/** Newly ingested documents (and media), filtered by source, language and status, with bulk actions. */
export const InboxPage = () => {
  const [status, setStatus] = useState<string>('new');
  const [language, setLanguage] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const sources = useLoad(() => api.sources(), []);
  const docs = useLoad(
    () => api.inboxDocuments({ status, language, sourceId }),
    [status, language, sourceId],
  );
  const sourceName = new Map((sources.data ?? []).map((s) => [s.id, s.name]));
  const items = docs.data?.items ?? [];
  const bulk = (to: DocumentStatus) =>
    void api.setDocumentStatus([...checked], to).then(() => {
      setChecked(new Set());
      docs.reload();
    });
  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChecked(next);
  };
  return (
    <div className="inbox">
      <h1>Inbox</h1>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">any</option>
            {DOCUMENT_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <input
            name="language"
            value={language}
            placeholder="en, ar…"
            onChange={(e) => setLanguage(e.target.value.trim())}
          />
        </label>
        <label>
          Source
          <select name="source" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">any</option>
            {sources.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <div className="bulk" aria-label="Bulk actions">
        {checked.size} selected{' '}
        {(['in_review', 'reviewed', 'dismissed'] as const).map((s) => (
          <button key={s} type="button" disabled={checked.size === 0} onClick={() => bulk(s)}>
            Mark {s.replace('_', ' ')}
          </button>
        ))}
      </div>
      {docs.error && <p role="alert">{docs.error}</p>}
      <table className="documents">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label="Select all"
                checked={items.length > 0 && checked.size === items.length}
                onChange={(e) => setChecked(new Set(e.target.checked ? items.map((d) => d.id) : []))}
              />
            </th>
            <th>Title</th>
            <th>Source</th>
            <th>Language</th>
            <th>Published</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${d.title ?? d.id}`}
                  checked={checked.has(d.id)}
                  onChange={() => toggle(d.id)}
                />
              </td>
              <td dir="auto">
                <Link to={`/documents/${d.id}`}>{d.title ?? d.fileName ?? d.id}</Link>
              </td>
              <td dir="auto">{d.sourceId ? (sourceName.get(d.sourceId) ?? d.sourceId) : '—'}</td>
              <td>{d.language ?? '—'}</td>
              <td>
                <LocalDate value={d.publishedAt} />
              </td>
              <td>{d.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && !docs.error && <p>Nothing here with these filters.</p>}
      <MediaInbox />
    </div>
  );
};
