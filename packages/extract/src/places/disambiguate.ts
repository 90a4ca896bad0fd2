import { candidatePrior } from './candidate-prior';
import { haversineKm } from './haversine';
import { containerLinks, contains, precedingCountries } from './local-cues';
import type { RawMention } from './raw-mention';
import type { GazetteerEntry, NameCandidate } from './types';

const PASSES = 3;
const PROXIMITY_KM = 200;

interface Group {
  mentions: number[];
  candidates: NameCandidate[];
  /** Context-free part of each candidate's score shared by the group (prior, unit word, seat). */
  base: number[];
  /** Strongest cue any member's surroundings give each candidate. */
  extra: number[];
  chosen: number;
}

/** Picks one gazetteer entry per mention: prior (kind, size), local cues ("X, Y", "X province",
 *  "Iraqi city of X"), then countries and regions the text names and nearness to the other
 *  places, re-scored a few times as the others settle. A spelling keeps one sense across the text
 *  unless a mention carries its own cue ("Washington, D.C." among "Washington" the state). */
export function disambiguate(
  text: string,
  mentions: readonly RawMention[],
  countryHint: string | null,
): GazetteerEntry[] {
  const groups = groupMentions(mentions);
  const links = containerLinks(text, mentions);
  const preceding = precedingCountries(text, mentions);
  const own = mentions.map((_, i) => (e: GazetteerEntry) => mentionCue(i, e, mentions, links, preceding));
  for (const g of groups) {
    const first = mentions[g.mentions[0] ?? 0] as RawMention;
    g.base = g.candidates.map(
      (c) => candidatePrior(c.entry, c.origin) + typeCue(first, c.entry) + seatCue(c.entry, first),
    );
    g.extra = g.candidates.map((c) => Math.max(...g.mentions.map((i) => own[i]?.(c.entry) ?? 0)));
    g.chosen = argmax(g.base.map((b, k) => b + (g.extra[k] ?? 0)));
  }
  const context = new Map<Group, number[]>();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (const g of groups) {
      const ctx = g.candidates.map((c) => contextScore(c.entry, g, groups, countryHint));
      context.set(g, ctx);
      g.chosen = argmax(ctx.map((x, k) => x + (g.base[k] ?? 0) + (g.extra[k] ?? 0)));
    }
  }
  const groupOf = new Map<number, Group>();
  for (const g of groups) for (const i of g.mentions) groupOf.set(i, g);
  return mentions.map((_, i) => {
    const g = groupOf.get(i) as Group;
    const ctx = context.get(g) ?? [];
    const k = argmax(g.candidates.map((c, j) => (g.base[j] ?? 0) + (ctx[j] ?? 0) + (own[i]?.(c.entry) ?? 0)));
    return (g.candidates[k] as NameCandidate).entry;
  });
}

function groupMentions(mentions: readonly RawMention[]): Group[] {
  const byKey = new Map<string, Group>();
  mentions.forEach((m, i) => {
    const key = `${m.via}|${m.folded}|${m.typeHint ?? ''}`;
    const g = byKey.get(key);
    if (g) g.mentions.push(i);
    else byKey.set(key, { mentions: [i], candidates: m.candidates, base: [], extra: [], chosen: 0 });
  });
  return [...byKey.values()];
}

/** Cues of one mention's own surroundings: a containing place ("Tikrit, Iraq"), the container
 *  side of such a pair ("Paris, Texas" makes Texas the US state), a qualifying country. */
function mentionCue(
  i: number,
  e: GazetteerEntry,
  mentions: readonly RawMention[],
  links: Map<number, number[]>,
  preceding: Map<number, Set<string>>,
): number {
  let s = 0;
  if ((links.get(i) ?? []).some((k) => mentions[k]?.candidates.some((c) => contains(c.entry, e)))) s += 4;
  for (const [inner, outs] of links) {
    if (outs.includes(i) && mentions[inner]?.candidates.some((c) => contains(e, c.entry))) s += 8;
  }
  if (e.country && preceding.get(i)?.has(e.country)) s += 3;
  return s;
}

function typeCue(m: RawMention, e: GazetteerEntry): number {
  if (m.typeHint === null) return e.kind === 'admin2' ? -1.5 : 0;
  if (m.typeHint === e.kind) return 4;
  if (m.typeHint === 'admin2' && e.kind === 'admin1') return 1;
  return e.kind === 'country' || e.kind === 'other' ? -4 : -1;
}

/** A city whose own first-order region shares its name ("New York", "Kirkuk") is usually the city. */
function seatCue(e: GazetteerEntry, m: RawMention): number {
  if (e.kind !== 'city' || m.typeHint !== null) return 0;
  return m.candidates.some((c) => c.entry.kind === 'admin1' && c.entry.admin1Code === e.admin1Code) ? 2 : 0;
}

function contextScore(e: GazetteerEntry, self: Group, groups: readonly Group[], hint: string | null): number {
  // The caller's hint says what the text is about, more surely than one named country does.
  const hinted = e.country && e.country === hint ? 6 : 0;
  let country = 0;
  let region = 0;
  let nearest = 0;
  for (const g of groups) {
    if (g === self) continue;
    const other = g.candidates[g.chosen]?.entry;
    if (!other) continue;
    const weight = g.mentions.length > 1 ? 1.2 : 1;
    if (e.country && other.country === e.country)
      country += other.kind === 'country' ? 2.5 * weight : 0.8 * weight;
    if (e.admin1Code && other.admin1Code === e.admin1Code) region += other.kind === 'admin1' ? 2 : 0.7;
    if (other.kind === 'city' || other.kind === 'admin1' || other.kind === 'admin2') {
      nearest = Math.max(nearest, Math.exp(-haversineKm(e.lat, e.lon, other.lat, other.lon) / PROXIMITY_KM));
    }
  }
  return hinted + Math.min(country, 4) + Math.min(region, 3) + 2 * nearest;
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  xs.forEach((x, i) => {
    if (x > (xs[best] ?? -Infinity)) best = i;
  });
  return best;
}
