import {
  ACTOR_ADVERBS,
  ACTOR_LEADS,
  ACTOR_VERBS,
  ASSOCIATIVE_HEADS,
  LOCATIVE_WORDS,
  ORGANISATION_WORDS,
  TITLE_WORDS,
} from '../gazetteer-data/recognition-words';
import type { RawMention } from './raw-mention';
import type { GazetteerEntry } from './types';

// Possessive, an optional "on Monday", then up to two words.
const AFTER = /^(['’]s)?(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+([\p{L}][\p{L}'’-]*)(?:\s+([\p{Ll}][\p{Ll}'’-]*))?/u;
const PREVIOUS_WORD = /([\p{Ll}]+)\s+$/u;
// "President of Armenia", "Crown Prince of Dubai", "Embassy of the Republic of Armenia".
const OFFICE_OF = /(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u;
const SMALL_TOWN = 50_000;

/** True when the name stands for people, a state or its government rather than a location:
 *  "Toronto police", "US forces", "Russia said", "Moscow's response", "sanctions against Iran";
 *  or when a small town's name is a person's ("Watson has been charged"). Such mentions still
 *  inform disambiguation but are not reported as places. */
export function isAssociative(text: string, m: RawMention, e: GazetteerEntry): boolean {
  if (m.via !== 'name' && m.via !== 'abbreviation') return false;
  const after = AFTER.exec(text.slice(m.end, m.end + 60));
  const possessive = !!after?.[1];
  const next = after?.[2];
  if (next && ASSOCIATIVE_HEADS.has(next)) return true;
  // "California Governor Jerry Brown", "Mexico's Senate", "Malaysia's Department of ...".
  if (next && (TITLE_WORDS.has(next) || (possessive && ORGANISATION_WORDS.has(next)))) return true;
  const office = OFFICE_OF.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (office && (TITLE_WORDS.has(office) || ORGANISATION_WORDS.has(office))) return true;
  const prev = PREVIOUS_WORD.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
  const located = !!prev && LOCATIVE_WORDS.has(prev);
  const verb = next && ACTOR_ADVERBS.has(next) && after[3] ? after[3] : next;
  const actsAsSubject = !possessive && !!verb && ACTOR_VERBS.has(verb) && !located;
  if (!isActorKind(e))
    return actsAsSubject && e.kind === 'city' && (e.population ?? 0) < SMALL_TOWN && !m.located;
  if (actsAsSubject) return true;
  return !!prev && ACTOR_LEADS.has(prev);
}

function isActorKind(e: GazetteerEntry): boolean {
  return e.kind === 'country' || e.kind === 'admin1' || e.featureCode === 'PPLC' || e.featureCode === 'CONT';
}
