import { CLAUSE_BOUNDARIES } from './function-words';
import type { Token } from '../text/tokenize';
import { namesActor } from './actors';
import { clauseStart, nounPhraseEnd, preferAcronym, textOf, trimRange } from './phrases';

/** An actor the text holds responsible: by its own claim, or by someone's blame. */
export interface Responsibility {
  actor: string;
  how: 'claimed' | 'blamed';
}

const ATTACK_NOUNS = new Set([
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'bomb',
  'bombs',
  'blast',
  'killing',
  'killings',
  'assault',
  'strike',
  'explosion',
  'ambush',
  'raid',
]);

/** "claimed the attack", "claimed three suicide car bombs": an attack noun shortly after. */
function attackFollows(toks: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < i + 6 && j < toks.length; j++) {
    const t = toks[j];
    if (!t || t.kind === 'punct' || t.norm === 'that') return false;
    if (ATTACK_NOUNS.has(t.norm)) return true;
  }
  return false;
}
const SUBJECT_BOUNDARIES = new Set([...CLAUSE_BOUNDARIES, 'said', 'says']);

function subjectOf(text: string, toks: readonly Token[], v: number): string | null {
  let end = v;
  while (end > 0 && /^(?:has|have|had|quickly|later|also|swiftly|already)$/.test(toks[end - 1]?.norm ?? ''))
    end--;
  const [a, b] = trimRange(toks, clauseStart(toks, end, SUBJECT_BOUNDARIES), end);
  if (b <= a || b - a > 12 || !namesActor(toks.slice(a, b))) return null;
  return preferAcronym(textOf(text, toks, a, b));
}

function objectAt(text: string, toks: readonly Token[], k: number): string | null {
  const end = nounPhraseEnd(toks, k, 10);
  if (end <= k || !namesActor(toks.slice(k, end))) return null;
  return preferAcronym(textOf(text, toks, k, end));
}

/**
 * Reads responsibility in one sentence: "ISIS claimed responsibility", "claimed by X",
 * "a Taliban-claimed blast", "X claimed the attack"; blame: "blamed the attack on X",
 * "Residents blamed the rebels", "accuse the army", "attributed to X".
 */
export function findResponsibility(text: string, toks: readonly Token[]): Responsibility | null {
  let blamed: Responsibility | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.kind !== 'word') continue;
    const next = toks[i + 1]?.norm ?? '';
    if (t.norm === 'claimed' || t.norm === 'claims' || t.norm === 'claiming') {
      const verb = t.norm === 'claimed' || next === 'responsibility' || next === 'credit';
      if (verb && (next === 'responsibility' || next === 'credit' || attackFollows(toks, i))) {
        const who = subjectOf(text, toks, i);
        if (who) return { actor: who, how: 'claimed' };
      }
      if (next === 'by') {
        const who = objectAt(text, toks, i + 2);
        if (who) return { actor: who, how: 'claimed' };
      }
    }
    if (t.norm.endsWith('-claimed')) return { actor: t.text.slice(0, -'-claimed'.length), how: 'claimed' };
    if (!blamed && (t.norm === 'blamed' || t.norm === 'blames' || t.norm === 'blaming')) {
      let k = i + 1;
      for (let j = i + 1; j < i + 8 && j < toks.length; j++) {
        if (toks[j]?.norm === 'on') {
          k = j + 1;
          break;
        }
      }
      const who = objectAt(text, toks, k);
      if (who) blamed = { actor: who, how: 'blamed' };
    }
    if (!blamed && (t.norm === 'accuse' || t.norm === 'accused' || t.norm === 'accuses') && next !== 'of') {
      const who = objectAt(text, toks, i + 1);
      if (who) blamed = { actor: who, how: 'blamed' };
    }
    if (!blamed && t.norm === 'attributed' && next === 'to') {
      const who = objectAt(text, toks, i + 2);
      if (who) blamed = { actor: who, how: 'blamed' };
    }
    if (!blamed && t.norm === 'perpetrators' && toks[i - 1]?.norm === 'the' && toks[i - 2]?.norm === 'as') {
      const who = subjectOf(text, toks, i - 4 >= 0 ? i - 4 : 0);
      if (who) blamed = { actor: who, how: 'blamed' };
    }
  }
  return blamed;
}
