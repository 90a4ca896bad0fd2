import { useState } from 'react';
import { api } from '../../api/api-client';
import { LocalDate } from '../../ui/local-date';
import { useLoad } from '../../ui/use-load';
import { EvidenceGallery } from '../gallery/evidence-gallery';
import { Discussion } from './discussion';
import { GradeForm } from './grade-form';
import { PlaceMap } from './place-map';
import { RangeView } from './range-view';
import { ReportTimeline } from './report-timeline';

/** One incident: range, grade, timeline of reports, map, evidence, comments and activity. */
export const IncidentPage = ({ id }: { id: string }) => {
  const { data, error, reload, setData } = useLoad(() => api.incident(id), [id]);
  const [version, setVersion] = useState(0);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p>Loading…</p>;
  const { incident } = data;
  const changed = () => {
    reload();
    setVersion((v) => v + 1);
  };
  return (
    <div className="incident-page">
      <header>
        <h1 dir="auto">{incident.title}</h1>
        <p className="meta">
          {incident.status} · <LocalDate value={incident.dateFrom} />
          {incident.dateTo && incident.dateTo !== incident.dateFrom && (
            <>
              {' '}
              – <LocalDate value={incident.dateTo} />
            </>
          )}{' '}
          · <span dir="auto">{incident.place?.name ?? 'place unknown'}</span>
          {incident.perpetrators.length > 0 && <> · by {incident.perpetrators.join(', ')}</>}
        </p>
        {data.nextStatuses.length > 0 && (
          <p className="transitions">
            Move to:{' '}
            {data.nextStatuses.map((s) => (
              <button key={s} type="button" onClick={() => void api.transition(id, s).then(changed)}>
                {s}
              </button>
            ))}
          </p>
        )}
      </header>
      <div className="incident-grid">
        <div>
          <h2>Range</h2>
          <RangeView reconciliation={data.reconciliation} />
          <GradeForm
            current={incident.grade}
            history={data.gradeHistory}
            onSubmit={async (grade, reason) => {
              setData(await api.setGrade(id, grade, reason));
              setVersion((v) => v + 1);
            }}
          />
          <ReportTimeline rec={data.reconciliation} claims={data.claims} />
        </div>
        <div>
          <PlaceMap place={incident.place} />
          <EvidenceGallery incidentId={id} links={data.media} onLinked={changed} />
          <Discussion incidentId={id} version={version} />
        </div>
      </div>
    </div>
  );
};
