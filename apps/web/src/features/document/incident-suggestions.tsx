import { api } from '../../api/api-client';
import { navigate } from '../../ui/router';
import { useLoad } from '../../ui/use-load';

/** Incidents the selected claim may belong to, each with a button that links it there. */
export const IncidentSuggestions = ({ claimId }: { claimId: string }) => {
  const { data, error } = useLoad(() => api.suggestions(claimId), [claimId]);
  if (error) return <p role="alert">{error}</p>;
  if (!data || data.length === 0) return null;
  return (
    <div className="suggestions">
      <h3>May belong to</h3>
      <ul>
        {data.map((s) => (
          <li key={s.incident.id}>
            <span dir="auto">{s.incident.title}</span> <small>{s.reason}</small>{' '}
            <button
              type="button"
              onClick={() =>
                void api.linkClaim(s.incident.id, claimId).then(() => navigate(`/incidents/${s.incident.id}`))
              }
            >
              Link to this incident
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
