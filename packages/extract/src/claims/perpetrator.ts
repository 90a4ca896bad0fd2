import type { Token } from '../text/tokenize';
import { isVerbLike, namesActor } from './actors';
import type { RawClaim } from './find-claims';
import { clauseStart, nounPhraseEnd, preferAcronym, textOf, trimRange } from './phrases';

// A subject may contain "and" ("the Syrian regime and ally Russia"); other clause words end it.
const SUBJECT_BOUNDARIES = new Set([
  'that',
  'when',
  'after',
  'while',
  'because',
  'but',
  'said',
  'says',
  'told',
  'where',
  'which',
  'who',
]);
const SUBJECT_CUTS = new Set([
  'in',
  'on',
  'at',
  'near',
  'during',
  'after',
  'before',
  'since',
  'who',
  'which',
  'that',
  'as',
  'to',
]);

/** The subject noun phrase of a clause that starts at `s` and has its verb before `limit`. */
function subjectFrom(toks: readonly Token[], s: number, limit: number): [number, number] | null {
  let e = s;
  let depth = 0;
  for (; e < limit; e++) {
    const t = toks[e];
    if (!t) break;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (t.kind === 'punct' && t.text !== "'" && t.text !== '-') break;
    else if (SUBJECT_CUTS.has(t.norm) || isVerbLike(t)) break;
  }
  const [a, b] = trimRange(toks, s, e);
  return b > a ? [a, b] : null;
}

/** "claimed by X" / "by X" inside a subject names the actor behind an instrument. */
function byAgent(text: string, toks: readonly Token[], s: number, e: number): string | null {
  for (let k = s; k < e; k++) {
    if (toks[k]?.norm === 'by') {
      const end = nounPhraseEnd(toks, k + 1, 12);
      if (end > k + 1 && namesActor(toks.slice(k + 1, end)))
        return preferAcronym(textOf(text, toks, k + 1, end));
    }
  }
  return null;
}

/** The actor a subject range names, or null when it names only a weapon or an event. */
export function actorOf(
  text: string,
  toks: readonly Token[],
  range: [number, number] | null,
  limit: number,
): string | null {
  if (!range) return null;
  const words = toks.slice(range[0], range[1]);
  const by = words.findIndex((t) => t.norm === 'by');
  // "A militia backed by Congolese forces": the head is the actor; "strikes by Russia": the agent is.
  if (by > 0 && namesActor(words.slice(0, by))) return preferAcronym(textOf(text, toks, range[0], range[1]));
  const agent = byAgent(text, toks, range[0], limit);
  if (agent) return agent;
  if (!namesActor(words)) return null;
  return preferAcronym(textOf(text, toks, range[0], range[1]));
}

const SPEECH = new Set(['said', 'says', 'reported', 'reports', 'told', 'added', 'stated']);
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** Subject of the sentence's main clause, after "In Taiz," or a leading "Residents reported (that)". */
export function mainSubject(toks: readonly Token[], limit: number): [number, number] | null {
  let s = 0;
  const first = toks[0]?.norm ?? '';
  if (['in', 'on', 'at', 'near', 'during', 'after', 'following', 'meanwhile', 'earlier'].includes(first)) {
    for (let k = 1; k < 12 && k < limit; k++) {
      if (toks[k]?.text === ',') {
        s = k + 1;
        break;
      }
    }
  }
  // "In a village near the town of Shirqat, south of Mosul, Islamic State militants stormed …".
  while (DIRECTIONS.has(toks[s]?.norm ?? '') || toks[s]?.norm === 'near') {
    let k = s + 1;
    while (k < limit && k < s + 10 && toks[k]?.text !== ',') k++;
    if (toks[k]?.text !== ',') break;
    s = k + 1;
  }
  const subject = subjectFrom(toks, s, limit);
  if (subject && SPEECH.has(toks[subject[1]]?.norm ?? '')) {
    const after = subject[1] + (toks[subject[1] + 1]?.norm === 'that' ? 2 : 1);
    return subjectFrom(toks, after, limit);
  }
  return subject;
}

const ATTACK =
  /^(?:strikes?|airstrikes?|attacks?|raids?|shelling|bombing|bombardment|operation|fighting|clashes|assault|offensive|ambush|fire|artillery)$/;
const CLAUSE_END = new Set(['.', ';', '?', '!']);

/** After a passive event: "by X" further on, "in Turkish air strikes", "when rebels bombed …". */
function agentAfter(text: string, toks: readonly Token[], from: number): string | null {
  let inPhrase: string | null = null;
  let when: string | null = null;
  let verbBetween = false;
  for (let j = from; j < toks.length && j < from + 30; j++) {
    const t = toks[j];
    if (!t || CLAUSE_END.has(t.text) || SPEECH.has(t.norm) || ['who', 'which', 'that'].includes(t.norm))
      break;
    // "had been discovered by Iraqi forces": that "by" belongs to another verb.
    if (isVerbLike(t) && t.norm !== 'by') verbBetween = true;
    if (t.norm === 'by' && !verbBetween) {
      const end = nounPhraseEnd(toks, j + 1, 14);
      const who = actorOf(text, toks, end > j + 1 ? [j + 1, end] : null, end);
      if (who) return who;
    } else if ((t.norm === 'in' || t.norm === 'during') && inPhrase === null) {
      const end = nounPhraseEnd(toks, j + 1, 10);
      const np = toks.slice(j + 1, end);
      if (np.some((u) => ATTACK.test(u.norm)))
        inPhrase = actorOf(text, toks, end > j + 1 ? [j + 1, end] : null, end);
    } else if ((t.norm === 'when' || t.norm === 'as') && when === null) {
      let end = j + 1;
      while (end < toks.length && end < j + 12 && toks[end]?.kind !== 'punct' && !isVerbLike(toks[end]))
        end++;
      let limit = end;
      while (limit < toks.length && limit < j + 20 && toks[limit]?.kind !== 'punct') limit++;
      if (end > j + 1 && isVerbLike(toks[end]))
        when = actorOf(text, toks, trimRange(toks, j + 1, end), limit);
    }
  }
  return inPhrase ?? when;
}

/** Who the text says did it, for one claim: the agent of a passive, the subject of an active verb. */
export function claimPerpetrator(text: string, toks: readonly Token[], claim: RawClaim): string | null {
  const hit = claim.hit;
  // "A Boko Haram attack … has left at least 11 people dead": the subject of "left".
  const left = toks[claim.start - 1]?.norm;
  if (left === 'left' || left === 'leaving' || left === 'leaves') {
    const start = clauseStart(toks, claim.start - 1, SUBJECT_BOUNDARIES);
    const who = actorOf(text, toks, subjectFrom(toks, start, claim.start - 1), claim.start - 1);
    if (who) return who;
  }
  if (!hit) return agentAfter(text, toks, claim.end);
  if (!claim.active) return agentAfter(text, toks, hit.end);
  const v = hit.start;
  const verb = toks[v]?.norm ?? '';
  // "accused the Islamic State group of murdering 163 civilians".
  if (toks[v - 1]?.norm === 'of') {
    let b = v - 2;
    while (
      b >= 0 &&
      b > v - 10 &&
      !['accused', 'accusing', 'accuses', 'blamed', 'charged'].includes(toks[b]?.norm ?? '')
    )
      b--;
    if (b >= 0 && b > v - 10) return actorOf(text, toks, trimRange(toks, b + 1, v - 1), v - 1);
  }
  if (verb.endsWith('ing')) return actorOf(text, toks, mainSubject(toks, v), v);
  let start = clauseStart(toks, v, SUBJECT_BOUNDARIES);
  // "Some gunmen, suspected to be members of a cult group, in the early hours of yesterday, killed":
  // an aside between commas is skipped back to the chunk that names someone.
  for (
    let hop = 0;
    hop < 3 && start > 1 && toks[start - 1]?.text === ',' && !subjectFrom(toks, start, v);
    hop++
  ) {
    start = clauseStart(toks, start - 1, SUBJECT_BOUNDARIES);
  }
  if (start === v) {
    // "a suicide bombing that killed …": the noun phrase before "that".
    const rel = toks[v - 1]?.norm;
    if (rel === 'that' || rel === 'which' || rel === 'who') {
      let b = v - 2;
      while (
        b >= 0 &&
        toks[b]?.kind === 'word' &&
        !['for', 'in', 'on', 'at', 'of', 'by'].includes(toks[b]?.norm ?? '')
      )
        b--;
      return actorOf(text, toks, subjectFrom(toks, b + 1, v - 1), v - 1);
    }
    return null;
  }
  return actorOf(text, toks, subjectFrom(toks, start, v), v);
}
