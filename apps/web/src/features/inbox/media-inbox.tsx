import { api } from '../../api/api-client';
import { LocalDate } from '../../ui/local-date';
import { useLoad } from '../../ui/use-load';

/** Newly ingested media, newest first; graphic items show only their sensitivity here. */
export const MediaInbox = () => {
  const { data, error } = useLoad(() => api.mediaList(), []);
  if (error) return <p role="alert">{error}</p>;
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="media-inbox">
      <h2>Media</h2>
      <table>
        <thead>
          <tr>
            <th>File</th>
            <th>Type</th>
            <th>Sensitivity</th>
            <th>Captured</th>
            <th>First seen</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td dir="auto">{m.fileName ?? m.id}</td>
              <td>{m.mimeType}</td>
              <td>{m.sensitivity}</td>
              <td>
                <LocalDate value={m.exif?.capturedAt ?? null} />
              </td>
              <td>
                <LocalDate value={m.firstSeenAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
