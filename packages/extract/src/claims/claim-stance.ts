import { CLAUSE_BOUNDARIES } from './function-words';
import type { ClaimStance } from '@corroborate/core';
import type { Token } from '../text/tokenize';
import { EVENT_NOUNS } from './event-lexicon';
import type { RawClaim } from './find-claims';
import { clauseStart, preferAcronym, textOf, trimRange } from './phrases';

/** What the stance reader knows about the claim's surroundings. */
export interface StanceContext {
  /** The claim sits inside quotation marks. */
  quoted: boolean;
  /** The claim's event came from the previous sentence, which hedged ("apparent execution sites"). */
  inheritedHedge: boolean;
}

const CLAIM_VERBS = new Set([
  'claim',
  'claims',
  'claimed',
  'claiming',
  'boast',
  'boasts',
  'boasted',
  'boasting',
  'purport',
  'purports',
  'purported',
]);
const CLAIM_OBJECTS = new Set(['to', 'that', 'it', 'they', 'its', 'he', 'she', 'having']);
const DENIALS = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'rejected',
  'rejects',
  'dismissed',
  'dismisses',
  'refuted',
  'disputed',
  'disputes',
]);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const FUTURE_MODALS = new Set(['would', 'will', 'shall', "'ll", "'d"]);
const INTENT_VERBS = new Set([
  'threatened',
  'threatening',
  'threatens',
  'threaten',
  'vowed',
  'vows',
  'plans',
  'planned',
  'planning',
  'plan',
  'wants',
  'wanted',
  'intended',
  'intends',
  'tried',
  'trying',
  'attempted',
  'would',
]);
const SUBJECT_BOUNDARIES = new Set([...CLAUSE_BOUNDARIES, 'said']);

const UNVERIFIED =
  /\b(?:could not (?:be )?(?:independently )?(?:verif|confirm)|cannot (?:be )?(?:independently )?verif|unverified|unconfirmed|not (?:yet )?(?:been )?(?:independently )?verified|yet to be (?:independently )?(?:verified|confirmed)|impossible to (?:independently )?verify)/i;
const HEDGES =
  /\b(?:allegedly|reportedly|purportedly|apparently|apparent|appears? to|appeared to|reports? suggests?|reports? that|claims? that|feared|believed to|said to have|may have|might have|could have)\b/i;
const MEDIA_EVIDENCE =
  /\b(?:photos?|images?|videos?|footage|pictures?|pics)\b[^.;]{0,60}?\b(?:show|shows|showed|showing|appear|appears|depict|depicts|document|documents|purport|purports)\b/i;

/** A claim verb ("claims to have", "is boasting to have") before the figure, with its subject. */
function claimVerb(text: string, toks: readonly Token[], claim: RawClaim): string | null | undefined {
  for (let v = claim.start - 1; v >= 0 && v >= claim.start - 12; v--) {
    const t = toks[v];
    if (!t || t.text === ';' || t.text === '.') break;
    const object = toks[v + 1]?.norm ?? '';
    if (!CLAIM_VERBS.has(t.norm) || !(CLAIM_OBJECTS.has(object) || EVENT_NOUNS.has(object))) continue;
    const [a, b] = trimRange(toks, clauseStart(toks, v, SUBJECT_BOUNDARIES), v);
    const who = b > a ? preferAcronym(textOf(text, toks, a, b)) : null;
    return who && !/^(?:it|they|he|she)$/i.test(who) ? who : null;
  }
  return undefined;
}

/** How the sentence presents the figure, and who makes the claim when a party claims it. */
export function claimStance(
  text: string,
  toks: readonly Token[],
  claim: RawClaim,
  ctx: StanceContext,
): { stance: ClaimStance; claimant: string | null } {
  const none = { claimant: null };
  for (let k = claim.start - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t || t.text === ',' || t.text === ';') break;
    if (CONDITIONALS.has(t.norm)) return { stance: 'conditional', ...none };
  }
  const eventEnd = Math.max(claim.end, claim.hit?.end ?? 0);
  for (let k = claim.start; k < eventEnd; k++) {
    if (toks[k]?.norm === 'would') return { stance: 'conditional', ...none };
  }
  // "they would murder him", "threatened to kill 20 hostages": a threat or a plan, not an event.
  if (claim.active && claim.hit) {
    const v = claim.hit.start;
    const before = toks[v - 1]?.norm ?? '';
    if (FUTURE_MODALS.has(before) || (before === 'to' && INTENT_VERBS.has(toks[v - 2]?.norm ?? '')))
      return { stance: 'conditional', ...none };
  }
  for (let k = claim.start - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t || t.text === ';') break;
    if (DENIALS.has(t.norm)) return { stance: 'denied', ...none };
  }
  const claimant = claimVerb(text, toks, claim);
  if (claimant !== undefined) return { stance: 'claimed', claimant };
  const first = toks[0];
  const last = toks[toks.length - 1];
  const sentence = first && last ? text.slice(first.start, last.end) : '';
  if (UNVERIFIED.test(sentence)) return { stance: 'unverified', ...none };
  const upToClaim = first ? text.slice(first.start, toks[eventEnd - 1]?.end ?? first.end) : '';
  if (claim.hit?.hedged || ctx.inheritedHedge || HEDGES.test(upToClaim) || MEDIA_EVIDENCE.test(sentence))
    return { stance: 'alleged', ...none };
  return { stance: ctx.quoted ? 'quoted' : 'asserted', ...none };
}
