import type { VictimType } from '@corroborate/core';

// [singular, plural] person nouns by victim type. A singular form counts one person.
const NOUNS: Record<VictimType, string[][]> = {
  civilians: [
    ['civilian', 'civilians'],
    ['villager', 'villagers'],
    ['resident', 'residents'],
    ['protester', 'protesters'],
    ['protestor', 'protestors'],
    ['demonstrator', 'demonstrators'],
    ['worshipper', 'worshippers'],
    ['worshiper', 'worshipers'],
    ['pilgrim', 'pilgrims'],
    ['mourner', 'mourners'],
    ['shopper', 'shoppers'],
    ['passenger', 'passengers'],
    ['farmer', 'farmers'],
    ['herder', 'herders'],
    ['herdsman', 'herdsmen'],
    ['fisherman', 'fishermen'],
    ['trader', 'traders'],
    ['student', 'students'],
    ['pupil', 'pupils'],
    ['teacher', 'teachers'],
    ['doctor', 'doctors'],
    ['nurse', 'nurses'],
    ['patient', 'patients'],
    ['nun', 'nuns'],
    ['priest', 'priests'],
    ['pastor', 'pastors'],
    ['imam', 'imams'],
    ['cleric', 'clerics'],
    ['elder', 'elders'],
    ['chief', 'chiefs'],
    ['mukhtar', 'mukhtars'],
    ['mayor', 'mayors'],
    ['official', 'officials'],
    ['administrator', 'administrators'],
    ['activist', 'activists'],
    ['lawmaker', 'lawmakers'],
    ['legislator', 'legislators'],
    ['congressman', 'congressmen'],
    ['politician', 'politicians'],
    ['candidate', 'candidates'],
    ['judge', 'judges'],
    ['lawyer', 'lawyers'],
    ['engineer', 'engineers'],
    ['driver', 'drivers'],
    ['novelist', 'novelists'],
    ['writer', 'writers'],
    ['poet', 'poets'],
    ['singer', 'singers'],
    ['director', 'directors'],
    ['chairman', 'chairmen'],
    ['spokesman', 'spokesmen'],
    ['guest', 'guests'],
    ['tourist', 'tourists'],
    ['migrant', 'migrants'],
    ['refugee', 'refugees'],
    ['worker', 'workers'],
    ['labourer', 'labourers'],
    ['laborer', 'laborers'],
    ['miner', 'miners'],
    ['pastoralist', 'pastoralists'],
    ['tribesman', 'tribesmen'],
    ['sheikh', 'sheikhs'],
    ['businessman', 'businessmen'],
    ['chef', 'chefs'],
    ['ranger', 'rangers'],
    ['youth', 'youths'],
    ['teenager', 'teenagers'],
    ['adult', 'adults'],
    ['neighbour', 'neighbours'],
    ['neighbor', 'neighbors'],
    ['noncombatant', 'noncombatants'],
    ['non-combatant', 'non-combatants'],
  ],
  children: [
    ['child', 'children'],
    ['kid', 'kids'],
    ['boy', 'boys'],
    ['girl', 'girls'],
    ['baby', 'babies'],
    ['infant', 'infants'],
    ['toddler', 'toddlers'],
    ['minor', 'minors'],
    ['schoolchild', 'schoolchildren'],
    ['schoolboy', 'schoolboys'],
    ['schoolgirl', 'schoolgirls'],
  ],
  women: [
    ['woman', 'women'],
    ['widow', 'widows'],
  ],
  journalists: [
    ['journalist', 'journalists'],
    ['reporter', 'reporters'],
    ['photographer', 'photographers'],
    ['cameraman', 'cameramen'],
    ['blogger', 'bloggers'],
    ['correspondent', 'correspondents'],
  ],
  aid_workers: [
    ['volunteer', 'volunteers'],
    ['paramedic', 'paramedics'],
    ['rescuer', 'rescuers'],
    ['medic', 'medics'],
  ],
  prisoners: [
    ['prisoner', 'prisoners'],
    ['inmate', 'inmates'],
    ['detainee', 'detainees'],
    ['captive', 'captives'],
    ['hostage', 'hostages'],
    ['abductee', 'abductees'],
  ],
  security_forces: [
    ['soldier', 'soldiers'],
    ['serviceman', 'servicemen'],
    ['troop', 'troops'],
    ['policeman', 'policemen'],
    ['policewoman', 'policewomen'],
    ['officer', 'officers'],
    ['guard', 'guards'],
    ['bodyguard', 'bodyguards'],
    ['escort', 'escorts'],
    ['recruit', 'recruits'],
    ['conscript', 'conscripts'],
    ['cadet', 'cadets'],
    ['commando', 'commandos'],
    ['marine', 'marines'],
    ['airman', 'airmen'],
    ['sailor', 'sailors'],
    ['gendarme', 'gendarmes'],
    ['peacekeeper', 'peacekeepers'],
    ['personnel', 'personnel'],
    ['force', 'forces'],
  ],
  combatants: [
    ['militant', 'militants'],
    ['fighter', 'fighters'],
    ['jihadist', 'jihadists'],
    ['insurgent', 'insurgents'],
    ['rebel', 'rebels'],
    ['gunman', 'gunmen'],
    ['bandit', 'bandits'],
    ['terrorist', 'terrorists'],
    ['attacker', 'attackers'],
    ['assailant', 'assailants'],
    ['bomber', 'bombers'],
    ['extremist', 'extremists'],
    ['combatant', 'combatants'],
    ['commander', 'commanders'],
    ['militiaman', 'militiamen'],
    ['kidnapper', 'kidnappers'],
  ],
  people: [
    ['person', 'people'],
    ['person', 'persons'],
    ['individual', 'individuals'],
    ['man', 'men'],
    ['other', 'others'],
    ['victim', 'victims'],
    ['member', 'members'],
    ['employee', 'employees'],
    ['relative', 'relatives'],
    ['figure', 'figures'],
    ['head', 'heads'],
    ['leader', 'leaders'],
    ['mother', 'mothers'],
    ['father', 'fathers'],
    ['son', 'sons'],
    ['daughter', 'daughters'],
    ['brother', 'brothers'],
    ['sister', 'sisters'],
    ['husband', 'husbands'],
    ['wife', 'wives'],
    ['couple', 'couples'],
    ['family', 'families'],
    ['body', 'bodies'],
    ['corpse', 'corpses'],
    ['life', 'lives'],
    ['staff', 'staff'],
    ['staffer', 'staffers'],
    ['supporter', 'supporters'],
    ['follower', 'followers'],
    ['shiite', 'shiites'],
    ['sunni', 'sunnis'],
    ['christian', 'christians'],
    ['muslim', 'muslims'],
    ['yazidi', 'yazidis'],
    ['alawite', 'alawites'],
    ['kurd', 'kurds'],
    ['arab', 'arabs'],
  ],
};

interface PersonNoun {
  type: VictimType;
  plural: boolean;
}

const LEXICON = new Map<string, PersonNoun>();
for (const [type, pairs] of Object.entries(NOUNS) as [VictimType, string[][]][]) {
  for (const [sg, pl] of pairs) {
    if (sg && !LEXICON.has(sg)) LEXICON.set(sg, { type, plural: sg === pl });
    if (pl && (!LEXICON.has(pl) || sg === pl)) LEXICON.set(pl, { type, plural: true });
  }
}

// Capitalised plurals that name peoples ("Iraqis", "Syrians", "Sudanese", "Rohingya").
const DEMONYM = /^\p{Lu}\p{L}+(?:is|ans|ese|ites|ds|ya)$/u;

/** Looks up a person noun (lower-case word); demonyms are recognised by shape when capitalised. */
export function personNoun(norm: string, raw?: string): PersonNoun | null {
  const hit = LEXICON.get(norm);
  if (hit) return hit;
  if (raw && DEMONYM.test(raw)) return { type: 'people', plural: true };
  return null;
}

/** Nouns that take an "of" complement inside the victims ("members of two families"). */
export const RELATIONAL = new Set([
  'members',
  'member',
  'employees',
  'employee',
  'relatives',
  'staff',
  'workers',
  'worker',
  'supporters',
  'followers',
  'leaders',
  'leader',
  'families',
  'family',
  'head',
  'chairman',
  'director',
  'chief',
  'bodies',
  'mother',
  'father',
  'son',
  'daughter',
  'one',
]);

const AID = /\b(?:aid|humanitarian|relief|red cross|red crescent|icrc|msf|unicef|unhcr|wfp|ngo|health)\b/i;
const SECURITY_MOD = /\b(?:security|police|army|military|government|pro-government|intelligence)\b/i;
const CIVILIAN_MOD = /\b(?:civilian|unarmed|innocent)\b/i;

/** The victim type of a noun phrase, refined by its modifiers ("aid workers", "security personnel"). */
export function victimType(headType: VictimType, phrase: string): VictimType {
  if (AID.test(phrase) && (headType === 'people' || headType === 'civilians' || headType === 'aid_workers'))
    return 'aid_workers';
  if (CIVILIAN_MOD.test(phrase)) return 'civilians';
  if (SECURITY_MOD.test(phrase) && (headType === 'people' || headType === 'civilians')) {
    return /\b(?:members|personnel|staff|officials?)\b/i.test(phrase) ? 'security_forces' : headType;
  }
  return headType;
}

/** Victim types that are not fighters: the atrocity count (see README, summary rules). */
export const NONCOMBATANT_TYPES: ReadonlySet<VictimType> = new Set([
  'civilians',
  'children',
  'women',
  'journalists',
  'aid_workers',
]);
