/** Stable ids of the reconciliation rules; explanations cite them, so never renumber. */
export const RECONCILE_RULES = {
  'R1-conditional-excluded': 'Conditional or hypothetical statements are never counted.',
  'R2-rejected-excluded': 'Claims a reviewer rejected are never counted.',
  'R3-denial-separate': 'Denials are shown as their own line and never move min or max.',
  'R4-same-origin-once':
    'Reports of the same origin (same speaker and figure, or an explicit link) count once.',
  'R5-source-class':
    'Each figure is classed by its speaker: perpetrator self-claim, official, independent, unattributed.',
  'R6-min-independent': 'Min is the lowest min among credible independent counts.',
  'R7-min-fallback':
    'Without credible independent counts, min falls back to official, then unattributed or unverified, then self-claims (flagged).',
  'R8-max-all-counted': 'Max is the highest figure among all counted lines, self-claims included.',
  'R9-self-claim-explicit':
    'When a self-claim sets the max, the explanation says so and gives the independent-only range.',
  'R10-open-ended':
    'An open-ended figure ("more than 30") counts as its lower bound; a max taken from one is open.',
} as const;

export type RuleId = keyof typeof RECONCILE_RULES;

export const RULE_IDS = Object.keys(RECONCILE_RULES) as RuleId[];
