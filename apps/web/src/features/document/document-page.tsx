import { useState } from 'react';
import { api } from '../../api/api-client';
import type { ClaimRecord } from '../../api/api-types';
import { LocalDate } from '../../ui/local-date';
import { navigate } from '../../ui/router';
import { useLoad } from '../../ui/use-load';
import { ClaimPanel, type ClaimActions } from './claim-panel';
import { HighlightedText } from './highlighted-text';
import { IncidentSuggestions } from './incident-suggestions';

/** One document: its text with highlighted spans, and the claim review panel beside it. */
export const DocumentPage = ({ id }: { id: string }) => {
  const { data, error, setData } = useLoad(() => api.document(id), [id]);
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>Loading…</p>;
  const { document: doc, claims } = data;
  const replace = (c: ClaimRecord) =>
    setData({ ...data, claims: claims.map((x) => (x.id === c.id ? c : x)) });
  const actions: ClaimActions = {
    accept: async (cid) => replace(await api.acceptClaim(cid)),
    reject: async (cid) => replace(await api.rejectClaim(cid)),
    correct: async (cid, facts) => replace(await api.correctClaim(cid, facts)),
  };
  const current = claims.find((c) => c.id === selected) ?? claims[0];
  const makeIncident = async () => {
    if (!current) return;
    try {
      const detail = await api.incidentFromClaim(current.id);
      navigate(`/incidents/${detail.incident.id}`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="document-page">
      <article>
        <h1 dir="auto">{doc.title ?? doc.fileName ?? doc.id}</h1>
        <p className="meta">
          {doc.kind} · {doc.language ?? 'language unknown'} · published <LocalDate value={doc.publishedAt} />{' '}
          · status {doc.status}
          {doc.url && (
            <>
              {' '}
              · <a href={doc.url}>original</a>
            </>
          )}
        </p>
        <p className="legend">
          <mark className="hl-claim">claim</mark> <mark className="hl-place">place</mark>{' '}
          <mark className="hl-date">date</mark>
        </p>
        <HighlightedText
          text={doc.text}
          claims={claims}
          selectedId={current?.id ?? null}
          onSelect={setSelected}
        />
      </article>
      <aside>
        <ClaimPanel
          claims={claims}
          actions={actions}
          selectedId={current?.id ?? null}
          onSelect={setSelected}
        />
        {current && (
          <div className="incident-actions">
            {current.incidentId ? (
              <button type="button" onClick={() => navigate(`/incidents/${current.incidentId ?? ''}`)}>
                Open its incident
              </button>
            ) : (
              <>
                <button type="button" onClick={() => void makeIncident()}>
                  Create incident from selected claim
                </button>
                <IncidentSuggestions claimId={current.id} />
              </>
            )}
            {message && <p role="alert">{message}</p>}
          </div>
        )}
      </aside>
    </div>
  );
};
