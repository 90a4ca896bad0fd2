import type { ClaimRecord } from '../../api/api-types';
import { spanSegments, type SpanMark } from '../../ui/span-segments';

/** Marks of every claim: the claim's own span and, inside it, its place and date. */
export const claimMarks = (claims: readonly ClaimRecord[]): SpanMark[] =>
  claims.flatMap((c) => {
    // The machine's spans point into the text; a correction's new place or date has none.
    const f = c.extracted;
    const marks: SpanMark[] = [{ start: f.span[0], end: f.span[1], kind: 'claim', claimId: c.id }];
    if (f.place?.span)
      marks.push({ start: f.place.span[0], end: f.place.span[1], kind: 'place', claimId: c.id });
    if (f.date?.span) marks.push({ start: f.date.span[0], end: f.date.span[1], kind: 'date', claimId: c.id });
    return marks;
  });

/** The document text with each claim, place and date highlighted at its character span. */
export const HighlightedText = ({
  text,
  claims,
  selectedId,
  onSelect,
}: {
  text: string;
  claims: readonly ClaimRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) => (
  <div className="doc-text" dir="auto">
    {spanSegments(text, claimMarks(claims)).map((s) => {
      if (s.marks.length === 0) return <span key={s.start}>{s.text}</span>;
      const kinds = [...new Set(s.marks.map((m) => m.kind))];
      const claimId = s.marks[0]!.claimId;
      const selected = s.marks.some((m) => m.claimId === selectedId);
      return (
        <mark
          key={s.start}
          className={`${kinds.map((k) => `hl-${k}`).join(' ')}${selected ? ' hl-selected' : ''}`}
          data-kinds={kinds.join(' ')}
          onClick={() => onSelect(claimId)}
        >
          {s.text}
        </mark>
      );
    })}
  </div>
);
