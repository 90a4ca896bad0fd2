import type { RawMention } from './raw-mention';
import type { GazetteerEntry } from './types';

// "Tikrit, Iraq", "Tikrit in Salahuddin province", "Hawija district of Kirkuk", "Chahar Shanghoy of
// Mangajek District in [northern] Jowzjan": the second name contains the first.
const CONTAINER_GAP =
  /^(?:\s*,\s*|\s+(?:in|of|near|outside|within|inside)\s+)(?:the\s+)?(?:[[(]?[a-z-]+[\])]?\s+){0,2}$/;
const CUE_WINDOW = 60;

/** Whether place `e` lies within place `outer` (country, first-order region, or nearby district). */
export function contains(outer: GazetteerEntry, e: GazetteerEntry): boolean {
  if (outer.id === e.id) return false;
  if (outer.kind === 'country') return !!outer.country && outer.country === e.country;
  if (outer.kind === 'admin1')
    return !!outer.admin1Code && outer.admin1Code === e.admin1Code && e.kind !== 'admin1';
  if (outer.kind === 'admin2') return outer.country === e.country && e.kind === 'city' && near(outer, e, 60);
  return false;
}

function near(a: GazetteerEntry, b: GazetteerEntry, km: number): boolean {
  const dLat = (a.lat - b.lat) * 111;
  const dLon = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return dLat * dLat + dLon * dLon < km * km;
}

/** For each mention, the mentions that the text presents as containing it ("X, Y", "X in Y"). */
export function containerLinks(text: string, mentions: readonly RawMention[]): Map<number, number[]> {
  const links = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    for (let k = i + 1; k < mentions.length && k <= i + 3; k += 1) {
      const n = mentions[k] as RawMention;
      if (n.start - m.end > CUE_WINDOW) break;
      const between = text.slice(m.end, n.start);
      if (!CONTAINER_GAP.test(between)) continue;
      links.set(i, [...(links.get(i) ?? []), k]);
      break;
    }
  });
  return links;
}

// "the Iraqi city of Tikrit", "Yemen's port of Aden", "the southern Yemen city of Aden": only
// lower-case words between the country and the name.
const QUALIFIER_GAP = /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}$/;

/** Countries that qualify a mention ("the Iraqi city of Tikrit", "Libya's Tripoli"), by the
 *  mention's index. */
export function precedingCountries(text: string, mentions: readonly RawMention[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  mentions.forEach((m, i) => {
    const p = mentions[i - 1];
    if (!p || !QUALIFIER_GAP.test(text.slice(p.end, m.start))) return;
    const only = p.candidates.length === 1 ? p.candidates[0]?.entry : undefined;
    if (only?.kind === 'country' && only.country) out.set(i, new Set([only.country]));
  });
  return out;
}
