import { DEMONYMS } from '../gazetteer-data/demonyms';
import { ARABIC_NEVER_PLACES, FUNCTION_WORDS, UNIT_WORDS } from '../gazetteer-data/recognition-words';
import { abbreviationAt } from './abbreviation-match';
import type { TablesGazetteer } from './gazetteer';
import type { JudgeContext } from './mention-context';
import { isStrong, judgeMention } from './mention-context';
import type { NameSequence } from './name-sequences';
import { isConnector, nameSequences } from './name-sequences';
import { foldName } from './normalize-name';
import type { RawMention } from './raw-mention';
import type { Token } from './tokenize';
import type { NameCandidate } from './types';

const MAX_NAME_TOKENS = 6;
const ARABIC_PREFIXES = /^[وبلفك]/u;

/** Every toponym-like name of the text with its gazetteer candidates, in text order. */
export function recognize(text: string, tokens: readonly Token[], gaz: TablesGazetteer): RawMention[] {
  const out: RawMention[] = [];
  const surnames = new Set<string>();
  const accepted = new Set<number>();
  for (const seq of nameSequences(tokens)) {
    if (seq.arabic) {
      out.push(...matchArabic(text, tokens, seq, gaz));
      continue;
    }
    const ctx: JudgeContext = { text, tokens, seq, gaz, surnames, accepted };
    let i = seq.first;
    while (i <= seq.last) {
      const raw = isConnector(tokens[i] as Token) ? null : longestMatch(text, tokens, i, seq.last, gaz);
      if (!raw) {
        i += 1;
        continue;
      }
      const judged = judgeMention(raw, ctx);
      if (judged) out.push(judged);
      if (judged && !judged.contextOnly && isStrongOrLocated(judged)) {
        for (let k = raw.firstToken; k <= raw.lastToken; k += 1) accepted.add(k);
      }
      i = raw.lastToken + 1;
    }
  }
  return out;
}

function longestMatch(
  text: string,
  tokens: readonly Token[],
  i: number,
  last: number,
  gaz: TablesGazetteer,
): RawMention | null {
  const abbreviation = abbreviationAt(text, tokens, i, gaz);
  if (abbreviation) return abbreviation;
  const first = tokens[i] as Token;
  if (FUNCTION_WORDS.has(first.text) && first.sentenceStart) return null;
  // "English", "Canadian", "Somali": the adjective, not the town of that name, unless a longer
  // name ("Indian Ocean", "Czech Republic") or a unit word ("Somali Region") goes with it.
  const next = tokens[i + 1];
  const unitAfter = !!next && i + 1 <= last && UNIT_WORDS[next.text.toLowerCase()] !== undefined;
  const adjective = DEMONYMS[first.text] !== undefined && !unitAfter;
  for (let j = Math.min(last, i + MAX_NAME_TOKENS - 1); j >= i; j -= 1) {
    const lastTok = tokens[j] as Token;
    if (isConnector(lastTok)) continue;
    if (j === i) {
      const demonym = demonymAt(tokens, i, last, gaz);
      if (demonym || adjective) return demonym;
    }
    // Short all-caps words are acronyms (ISIS, CNN, SAT), not the airport codes GeoNames lists.
    if (j === i && first.allCaps && first.text.length <= 4) break;
    const folded = foldName(text.slice(first.start, lastTok.end));
    let candidates: NameCandidate[] = gaz.exactCandidates(folded);
    // Loose spellings join exact ones ("province of Babel": Babil, not the Ukrainian village).
    if (looseAllowed(tokens, i, j, folded, gaz)) {
      candidates = mergeCandidates(candidates, gaz.looseCandidates(folded));
    }
    if (candidates.length > 0) return mention(first, lastTok, i, j, folded, candidates, 'name');
  }
  return demonymAt(tokens, i, last, gaz);
}

/** Loose spellings only for names long enough not to collide with ordinary words. */
function looseAllowed(
  tokens: readonly Token[],
  i: number,
  j: number,
  folded: string,
  gaz: TablesGazetteer,
): boolean {
  if (folded.replace(/ /g, '').length < 5) return false;
  return !(i === j && gaz.isCommonWord((tokens[i] as Token).text));
}

function demonymAt(
  tokens: readonly Token[],
  i: number,
  last: number,
  gaz: TablesGazetteer,
): RawMention | null {
  for (let j = Math.min(last, i + 1); j >= i; j -= 1) {
    const words = tokens.slice(i, j + 1).map((t) => t.text);
    const target = DEMONYMS[words.join(' ')];
    if (target === undefined) continue;
    const entry = gaz.countryByCode.get(target) ?? gaz.exactCandidates(foldName(target))[0]?.entry;
    if (!entry) return null;
    const first = tokens[i] as Token;
    const lastTok = tokens[j] as Token;
    return mention(first, lastTok, i, j, foldName(words.join(' ')), [{ entry, origin: 'alias' }], 'demonym');
  }
  return null;
}

function matchArabic(
  text: string,
  tokens: readonly Token[],
  seq: NameSequence,
  gaz: TablesGazetteer,
): RawMention[] {
  const out: RawMention[] = [];
  let i = seq.first;
  while (i <= seq.last) {
    let found: RawMention | null = null;
    for (let j = Math.min(seq.last, i + 3); j >= i && !found; j -= 1) {
      const first = tokens[i] as Token;
      const lastTok = tokens[j] as Token;
      const surface = text.slice(first.start, lastTok.end);
      // A one-letter proclitic (wa-, bi-, li-, fa-, ka-) is written joined to the name.
      const forms =
        ARABIC_PREFIXES.test(surface) && surface.length > 4 ? [surface, surface.slice(1)] : [surface];
      for (const form of forms) {
        if (ARABIC_NEVER_PLACES.has(form)) continue;
        const candidates = gaz.exactCandidates(foldName(form)).filter((c) => arabicWorthy(c));
        if (candidates.length === 0) continue;
        const m = mention(first, lastTok, i, j, foldName(form), candidates, 'name');
        if (form !== surface) m.start += 1;
        found = m;
        break;
      }
    }
    if (found) {
      out.push(found);
      i = found.lastToken + 1;
    } else i += 1;
  }
  return out;
}

/** Arabic has no capitals to mark names, so only places big enough to be news are matched. */
function arabicWorthy(c: NameCandidate): boolean {
  const e = c.entry;
  return e.kind === 'country' || e.kind === 'admin1' || e.kind === 'other' || (e.population ?? 0) >= 5000;
}

function mention(
  first: Token,
  last: Token,
  i: number,
  j: number,
  folded: string,
  candidates: NameCandidate[],
  via: RawMention['via'],
): RawMention {
  return {
    start: first.start,
    end: last.end,
    firstToken: i,
    lastToken: j,
    folded,
    candidates,
    typeHint: null,
    via,
  };
}

/** Only a name that is surely a place vouches for the capital next to it ("Andrew Jordan" must
 *  not pass because a county called Andrew exists). */
function isStrongOrLocated(m: RawMention): boolean {
  return isStrong(m) || m.located === true;
}

function mergeCandidates(exact: NameCandidate[], loose: NameCandidate[]): NameCandidate[] {
  if (loose.length === 0) return exact;
  const seen = new Set(exact.map((c) => c.entry.id));
  return [...exact, ...loose.filter((c) => !seen.has(c.entry.id))];
}
