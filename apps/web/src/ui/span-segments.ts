/** A marked stretch of text: what it is and which claim it belongs to. */
export interface SpanMark {
  start: number;
  end: number;
  kind: 'claim' | 'place' | 'date';
  claimId: string;
}

export interface Segment {
  text: string;
  start: number;
  marks: SpanMark[];
}

/**
 * Cuts text at every mark boundary so each piece carries the marks covering it (claims contain their
 * place and date, and marks may overlap). Marks outside the text are clipped; empty ones dropped.
 */
export const spanSegments = (text: string, marks: readonly SpanMark[]): Segment[] => {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({
      text: text.slice(start, end),
      start,
      marks: valid.filter((m) => m.start <= start && m.end >= end),
    });
  }
  return out;
};
