import { useState } from 'react';
import { CLAIM_EVENTS, GRADES, INCIDENT_STATUSES } from '@corroborate/core';
import { api } from '../../api/api-client';
import type { SearchFilters } from '../../api/api-types';
import { Link } from '../../ui/link';
import { LocalDate } from '../../ui/local-date';
import { useLoad } from '../../ui/use-load';
import { ClusterMap } from './cluster-map';

const FACETS = { kind: CLAIM_EVENTS, grade: GRADES, status: INCIDENT_STATUSES } as const;

/** Full-text search over incidents with facets, as a list or a clustered map; and over documents. */
export const SearchPage = () => {
  const [draft, setDraft] = useState<SearchFilters>({});
  const [filters, setFilters] = useState<SearchFilters>({});
  const [view, setView] = useState<'list' | 'map'>('list');
  const result = useLoad(() => api.searchIncidents(filters), [filters]);
  const docs = useLoad(() => (filters.q ? api.searchDocuments(filters.q) : Promise.resolve([])), [filters.q]);
  const set = (k: keyof SearchFilters, v: string) => setDraft({ ...draft, [k]: v === '' ? undefined : v });
  const text = (k: keyof SearchFilters, label: string, type = 'text') => (
    <label>
      {label} <input name={k} type={type} value={draft[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
    </label>
  );
  return (
    <div className="search">
      <h1>Search</h1>
      <form
        className="search-facets"
        aria-label="Search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        {text('q', 'Words')}
        {(Object.keys(FACETS) as (keyof typeof FACETS)[]).map((k) => (
          <label key={k}>
            {k}
            <select name={k} value={draft[k] ?? ''} onChange={(e) => set(k, e.target.value)}>
              <option value="">any</option>
              {FACETS[k].map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
        ))}
        {text('country', 'Country')}
        {text('admin1', 'Admin-1')}
        {text('perpetrator', 'Perpetrator')}
        {text('dateFrom', 'From', 'date')}
        {text('dateTo', 'To', 'date')}
        <button type="submit">Search</button>
      </form>
      <p>
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          List
        </button>{' '}
        <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
          Map
        </button>{' '}
        {result.data && <span className="total">{result.data.total} incidents</span>}
      </p>
      {result.error && <p role="alert">{result.error}</p>}
      {result.data &&
        (view === 'map' ? (
          <ClusterMap points={result.data.points} />
        ) : (
          <table className="incidents">
            <thead>
              <tr>
                <th>Title</th>
                <th>Place</th>
                <th>Date</th>
                <th>Status</th>
                <th>Grade</th>
              </tr>
            </thead>
            <tbody>
              {result.data.items.map((i) => (
                <tr key={i.id}>
                  <td dir="auto">
                    <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                  </td>
                  <td dir="auto">{i.place?.name ?? '—'}</td>
                  <td>
                    <LocalDate value={i.dateFrom} />
                  </td>
                  <td>{i.status}</td>
                  <td>{i.grade ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {docs.data && docs.data.length > 0 && (
        <section>
          <h2>Documents</h2>
          <ul>
            {docs.data.map((d) => (
              <li key={d.id} dir="auto">
                <Link to={`/documents/${d.id}`}>{d.title ?? d.id}</Link> — {d.snippet}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};
