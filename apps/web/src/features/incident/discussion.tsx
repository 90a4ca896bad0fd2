import { useState } from 'react';
import { api } from '../../api/api-client';
import { LocalDate } from '../../ui/local-date';
import { useLoad } from '../../ui/use-load';

/** Comments (oldest first) with a box to add one, and the activity feed read from the audit log. */
export const Discussion = ({ incidentId, version }: { incidentId: string; version: number }) => {
  const comments = useLoad(() => api.comments(incidentId), [incidentId, version]);
  const activity = useLoad(() => api.activity(incidentId), [incidentId, version]);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="discussion">
      <section className="comments">
        <h2>Comments</h2>
        <ol>
          {comments.data?.map((c) => (
            <li key={c.id}>
              <LocalDate value={c.createdAt} />: <span dir="auto">{c.body}</span>
            </li>
          ))}
        </ol>
        <form
          aria-label="Comment"
          onSubmit={(e) => {
            e.preventDefault();
            api.addComment(incidentId, body.trim()).then(
              () => {
                setBody('');
                comments.reload();
                activity.reload();
              },
              (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
            );
          }}
        >
          <textarea name="comment" dir="auto" value={body} onChange={(e) => setBody(e.target.value)} />
          <button type="submit" disabled={body.trim() === ''}>
            Comment
          </button>
        </form>
        {error && <p role="alert">{error}</p>}
      </section>
      <section className="activity">
        <h2>Activity</h2>
        <ol>
          {activity.data?.map((a) => (
            <li key={a.seq}>
              <LocalDate value={a.at} /> <span dir="auto">{a.text}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
};
