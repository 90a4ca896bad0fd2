import type { Grade } from '../domain/incident';
import type { GradeInput } from './grade-input';

/** Stable ids of the grade-suggestion rules, tried in this order; the first that matches decides. */
export const GRADE_RULES = {
  'G1-nothing-counted': 'No counted report supports the incident → discounted.',
  'G2-self-claims-only': 'Only perpetrator self-claims → weak.',
  'G3-contested': 'A party denies it, or official and independent counts cannot both be true → contested.',
  'G4-acknowledged': 'Officially acknowledged and at least one independent source → confirmed.',
  'G5-corroborated': 'Two or more independent sources, or one with evidence media → fair.',
  'G6-single-source': 'Anything else (a single source) → weak.',
} as const;
export type GradeRuleId = keyof typeof GRADE_RULES;

/** A suggested grade: a person still decides, with a written reason. */
export interface GradeSuggestion {
  grade: Grade;
  ruleId: GradeRuleId;
  /** The deciding rule first, then the facts weighed. */
  reasons: string[];
}

const names = (label: string, list: string[]): string => `${list.length} ${label}: ${list.join(', ')}`;

const facts = (i: GradeInput): string[] => {
  const out: string[] = [];
  if (i.independentSources.length > 0) out.push(names('independent source(s)', i.independentSources));
  if (i.officialSources.length > 0) out.push(names('official source(s)', i.officialSources));
  if (i.otherSources.length > 0) out.push(names('unattributed or unverified source(s)', i.otherSources));
  if (i.selfClaimSources.length > 0) out.push(names('perpetrator self-claim(s)', i.selfClaimSources));
  if (i.deniedBy.length > 0) out.push(`denied by ${i.deniedBy.join(', ')}`);
  if (i.competingCounts) out.push('official and independent counts do not overlap');
  out.push(i.evidenceMedia > 0 ? `evidence media present (${i.evidenceMedia})` : 'no evidence media');
  return out;
};

const decide = (i: GradeInput): [GradeRuleId, Grade] => {
  const ind = i.independentSources.length;
  const others = ind + i.officialSources.length + i.otherSources.length;
  if (others + i.selfClaimSources.length === 0) return ['G1-nothing-counted', 'discounted'];
  if (others === 0) return ['G2-self-claims-only', 'weak'];
  if (i.deniedBy.length > 0 || i.competingCounts) return ['G3-contested', 'contested'];
  if (i.officialSources.length > 0 && ind >= 1) return ['G4-acknowledged', 'confirmed'];
  if (ind >= 2 || (ind === 1 && i.evidenceMedia > 0)) return ['G5-corroborated', 'fair'];
  return ['G6-single-source', 'weak'];
};

/** Suggests an Airwars-style grade from the incident's support; see GRADE_RULES. */
export const suggestGrade = (input: GradeInput): GradeSuggestion => {
  const [ruleId, grade] = decide(input);
  return { grade, ruleId, reasons: [`${ruleId}: ${GRADE_RULES[ruleId]}`, ...facts(input)] };
};
