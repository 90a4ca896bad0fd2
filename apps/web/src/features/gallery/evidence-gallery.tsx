import { useState } from 'react';
import { api } from '../../api/api-client';
import type { MediaLink } from '../../api/api-types';
import { useLoad } from '../../ui/use-load';
import { MediaCard } from './media-card';
import { useRevealSetting } from './reveal-setting';

/** The incident's evidence, a setting for showing graphic media by default, and a picker to link more. */
export const EvidenceGallery = ({
  incidentId,
  links,
  onLinked,
}: {
  incidentId: string;
  links: readonly MediaLink[];
  onLinked: () => void;
}) => {
  const [reveal, setReveal] = useRevealSetting();
  const available = useLoad(() => api.mediaList(), []);
  const [pick, setPick] = useState('');
  const linked = new Set(links.map((l) => l.mediaId));
  const choices = (available.data?.items ?? []).filter((m) => !linked.has(m.id));
  return (
    <section className="gallery">
      <h2>Evidence</h2>
      <label>
        <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} /> Show graphic
        media without blurring
      </label>
      <ul className="media-grid">
        {links.map((l) => (
          <MediaCard key={l.mediaId} mediaId={l.mediaId} revealByDefault={reveal} />
        ))}
      </ul>
      {choices.length > 0 && (
        <form
          aria-label="Link media"
          onSubmit={(e) => {
            e.preventDefault();
            if (pick !== '') void api.linkMedia(incidentId, pick).then(onLinked);
          }}
        >
          <select name="media" value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">Choose media…</option>
            {choices.map((m) => (
              <option key={m.id} value={m.id}>
                {m.fileName ?? m.id} ({m.sensitivity})
              </option>
            ))}
          </select>
          <button type="submit" disabled={pick === ''}>
            Link evidence
          </button>
        </form>
      )}
    </section>
  );
};
