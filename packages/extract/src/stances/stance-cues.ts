import type { StanceKind } from '../extraction-result';

/** How a cue's speaker is found: the clause subject, a regex group, or nobody (the publisher). */
export type SpeakerRule = 'subject' | 'group' | 'publisher';

/** One way of expressing a stance. Earlier cues win when two match the same words. */
export interface StanceCue {
  stance: StanceKind;
  re: RegExp;
  speaker: SpeakerRule;
  /** The sentence must be about a claim or its evidence (photos, reports, the toll, …). */
  topical: boolean;
}

const NEG_PASSIVE =
  "(?:ha(?:s|ve|d) (?:yet to be|not (?:yet )?been|still not been)|could not be|cannot be|can ?not be|can't be|(?:is|are|was|were) not(?: yet)?)";

/** The stance cues, in priority order. */
export const STANCE_CUES: readonly StanceCue[] = [
  {
    stance: 'not_confirmed',
    re: /\bnor (?:have|has|did|had) ([^,.;]{2,60}?) confirm(?:ed)?\b/gi,
    speaker: 'group',
    topical: false,
  },
  {
    stance: 'not_confirmed',
    re: /\b(?:has|have|had|did|does|do|could|would)(?: not|n't| yet to)(?: yet)?(?: independently)? confirm(?:ed)?\b|\bdeclined to confirm\b/gi,
    speaker: 'subject',
    topical: true,
  },
  {
    stance: 'unverified',
    re: new RegExp(
      `\\b${NEG_PASSIVE}(?: independently)? (?:verified|confirmed)\\b|\\bunverified\\b|\\bunconfirmed\\b|\\bimpossible to (?:independently )?(?:verify|confirm)\\b`,
      'gi',
    ),
    speaker: 'publisher',
    topical: true,
  },
  {
    stance: 'unverified',
    re: /\b(?:could not|cannot|can't|(?:was|were|is|are|has been|have been) unable to)(?: independently)? verify\b/gi,
    speaker: 'subject',
    topical: false,
  },
  {
    stance: 'doubts',
    re: /\b(?:skepticism|scepticism) among ([^,.;]{2,60})/gi,
    speaker: 'group',
    topical: false,
  },
  {
    stance: 'doubts',
    re: /\bnot convinced\b|\b(?:doubts?|doubted|doubtful|questioned|skeptical|sceptical)\b|\bcasts? doubt\b|\bnot (?:authentic|genuine|real)\b|\b(?:fake|staged|doctored|fabricated)\b/gi,
    speaker: 'subject',
    topical: true,
  },
  {
    stance: 'denies',
    re: /\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismissed|dismisses|refuted|refutes)\b/gi,
    speaker: 'subject',
    topical: true,
  },
  {
    stance: 'supports',
    re: /\btrue depiction\b|\b(?:is|are|were|was) (?:authentic|genuine)\b|\b(?:has|have|had)? ?confirmed (?:the|that)\b|\bverified (?:the|that)\b|\bcorroborat(?:es|ed|ing)\b/gi,
    speaker: 'subject',
    topical: true,
  },
  {
    stance: 'other',
    re: /\b(?:says|said|say) (?:it|they|he|she|we) believes?\b|\bbelieves? (?:that )?(?:they|the victims|the dead|those killed) (?:were|are)\b/gi,
    speaker: 'subject',
    topical: false,
  },
];

/** The sentence talks about a claim or its evidence. */
export const TOPIC =
  /\b(?:photos?|pictures?|pics|images?|videos?|footage|claims?|reports?|accounts?|allegations?|massacre|killings?|deaths?|toll|body count|figures?|number|casualt\w*|causalit\w*|attack|fighting|executions?|incident|story|evidence|involve\w*)\b/i;

/** Cheap gate before the cue scan. */
export const STANCE_HINT =
  /verif|confirm|authentic|genuine|convinc|doubt|skeptic|sceptic|deni|deny|reject|dismiss|refut|depiction|fake|staged|doctored|fabricat|corroborat|believ|question/i;
