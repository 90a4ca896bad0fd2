import { containerLinks } from './local-cues';
import type { RawMention } from './raw-mention';
import type { GazetteerEntry } from './types';

const SELF_EVIDENT_POPULATION = 100_000;
const CUED_ABROAD_POPULATION = 20_000;

/** Which resolved mentions to report. A small foreign town that nothing in the text points to
 *  ("Yulia" in Bulgaria, "Heiden" in Germany, "Saeed" in Yemen) is far more often a person or a
 *  horse than a place, so a match needs support: being a country or region, a large city or a
 *  hand alias; lying in a country the text otherwise talks about (or is hinted at); or, in a text
 *  that names no country, a locating word ("in", "province") or a containing place ("X, Y"). */
export function supportedMentions(
  text: string,
  mentions: readonly RawMention[],
  entries: readonly GazetteerEntry[],
  countryHint: string | null,
): boolean[] {
  const links = containerLinks(text, mentions);
  const linked = new Set<number>();
  for (const [inner, outs] of links) {
    linked.add(inner);
    for (const o of outs) linked.add(o);
  }
  const selfEvident = mentions.map((m, i) => {
    const e = entries[i];
    if (!e || m.candidates.find((c) => c.entry.id === e.id)?.origin === 'loose') return false;
    if (m.via !== 'name' || e.kind === 'country' || e.kind === 'other' || e.kind === 'admin1') return true;
    return (e.population ?? 0) >= SELF_EVIDENT_POPULATION;
  });
  const countries = new Set<string>(countryHint ? [countryHint] : []);
  selfEvident.forEach((ok, i) => {
    const c = entries[i]?.country;
    if (ok && c) countries.add(c);
  });
  return mentions.map((m, i) => {
    const e = entries[i];
    if (!e) return false;
    if (selfEvident[i] || (!!e.country && countries.has(e.country))) return true;
    // A locating word or a containing place vouches for a town abroad if it is a real town, and for
    // a village only when the text names no country that would contradict it ("in Ketian" in a
    // report on Syria is not the Chinese village).
    const cued = m.located === true || linked.has(i);
    const sizeable = (e.population ?? 0) >= CUED_ABROAD_POPULATION;
    return (
      cued &&
      (countries.size === 0 || sizeable) &&
      m.candidates.find((c) => c.entry.id === e.id)?.origin !== 'loose'
    );
  });
}
