import { useState } from 'react';
import { api } from '../../api/api-client';
import { LocalDate } from '../../ui/local-date';
import { useLoad } from '../../ui/use-load';

/** One evidence item: its thumbnail (blurred and greyscale when graphic, until clicked), EXIF and matches. */
export const MediaCard = ({ mediaId, revealByDefault }: { mediaId: string; revealByDefault: boolean }) => {
  const { data, error } = useLoad(() => api.media(mediaId), [mediaId]);
  const [revealed, setRevealed] = useState(false);
  if (error)
    return (
      <li className="media-card">
        Media {mediaId}: {error}
      </li>
    );
  if (!data) return <li className="media-card">Loading…</li>;
  const { media, matches } = data;
  const graphic = media.sensitivity !== 'none';
  const show = !graphic || revealed || revealByDefault;
  return (
    <li className="media-card" data-media-id={media.id}>
      {media.hasThumbnail ? (
        <button
          type="button"
          className={`thumb${show ? '' : ' hidden-graphic'}`}
          aria-label={
            show ? `Image ${media.fileName ?? media.id}` : `Show graphic image (${media.sensitivity})`
          }
          onClick={() => setRevealed(true)}
        >
          <img src={api.thumbnailUrl(media.id, show)} alt={media.fileName ?? media.id} />
          {!show && <span className="warning">{media.sensitivity.replace(/_/g, ' ')} — click to show</span>}
        </button>
      ) : (
        <p>No thumbnail</p>
      )}
      <dl>
        <dt>Captured</dt>
        <dd>
          <LocalDate value={media.exif?.capturedAt ?? null} />
        </dd>
        <dt>GPS</dt>
        <dd>
          {media.exif?.gps ? `${media.exif.gps.lat.toFixed(5)}, ${media.exif.gps.lon.toFixed(5)}` : '—'}
        </dd>
        <dt>Camera</dt>
        <dd>{media.exif?.camera ?? '—'}</dd>
        <dt>First seen</dt>
        <dd>
          <LocalDate value={media.firstSeenAt} />
        </dd>
      </dl>
      {matches.length > 0 && (
        <ul className="matches">
          {matches.map((m, i) => (
            <li key={i}>
              {m.kind === 'near_duplicate'
                ? `near-duplicate of ${m.otherMediaId ?? '?'}`
                : `in hash list (${m.listLabel ?? ''})`}{' '}
              · distance {m.distance} · first seen <LocalDate value={m.firstSeenAt} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
};
