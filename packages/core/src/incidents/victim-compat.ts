import type { VictimType } from '../domain/claim';

// Civilians and armed people are the one distinction that separates incidents; "people" and
// "prisoners" (executed captives may be either) fit both.
const GROUP: Record<VictimType, 'civilian' | 'armed' | 'any'> = {
  civilians: 'civilian',
  children: 'civilian',
  women: 'civilian',
  journalists: 'civilian',
  aid_workers: 'civilian',
  combatants: 'armed',
  security_forces: 'armed',
  prisoners: 'any',
  people: 'any',
};

/** Whether two victim types can describe the same people. */
export const victimTypesCompatible = (a: VictimType, b: VictimType): boolean =>
  GROUP[a] === 'any' || GROUP[b] === 'any' || GROUP[a] === GROUP[b];

/** Whether a claim's victims fit an incident's; null when either side is unknown. */
export const victimsCompatible = (
  claim: VictimType | null,
  incident: readonly VictimType[],
): boolean | null =>
  claim === null || incident.length === 0 ? null : incident.some((t) => victimTypesCompatible(claim, t));
