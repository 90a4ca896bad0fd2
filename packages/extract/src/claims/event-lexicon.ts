import type { ClaimEvent } from '@corroborate/core';

// Words after the victims: "were killed", "dead", "died", "wounded". Lower case.
const POST: [string, ClaimEvent][] = [
  ['killed', 'killed'],
  ['dead', 'killed'],
  ['died', 'killed'],
  ['die', 'killed'],
  ['slain', 'killed'],
  ['murdered', 'killed'],
  ['massacred', 'killed'],
  ['slaughtered', 'killed'],
  ['assassinated', 'killed'],
  ['lynched', 'killed'],
  ['perished', 'killed'],
  ['drowned', 'killed'],
  ['martyred', 'killed'],
  ['executed', 'executed'],
  ['beheaded', 'executed'],
  ['decapitated', 'executed'],
  ['wounded', 'injured'],
  ['injured', 'injured'],
  ['hurt', 'injured'],
  ['maimed', 'injured'],
  ['displaced', 'displaced'],
  ['uprooted', 'displaced'],
  ['fled', 'displaced'],
  ['evacuated', 'displaced'],
  ['abducted', 'captured'],
  ['kidnapped', 'captured'],
  ['captured', 'captured'],
  ['arrested', 'captured'],
  ['detained', 'captured'],
  ['seized', 'captured'],
  ['missing', 'missing'],
  ['disappeared', 'missing'],
];

/** Single-word event after the victims. */
export const POST_EVENTS: ReadonlyMap<string, ClaimEvent> = new Map(POST);

/** Multi-word events after the victims, longest first ("shot dead", "lost their lives"). */
export const POST_PHRASES: readonly [string[], ClaimEvent][] = (
  [
    ['shot and killed', 'killed'],
    ['shot and wounded', 'injured'],
    ['shot and injured', 'injured'],
    ['shot to death', 'killed'],
    ['shot in the head', 'killed'],
    ['burned to death', 'killed'],
    ['burnt to death', 'killed'],
    ['hacked to death', 'killed'],
    ['hacked to untimely death', 'killed'],
    ['stabbed to death', 'killed'],
    ['beaten to death', 'killed'],
    ['stoned to death', 'killed'],
    ['lost their lives', 'killed'],
    ['lost his life', 'killed'],
    ['lost her life', 'killed'],
    ['found dead', 'killed'],
    ['shot dead', 'killed'],
    ['gunned down', 'killed'],
    ['burned alive', 'killed'],
    ['burnt alive', 'killed'],
    ['sustained injuries', 'injured'],
    ['sustained wounds', 'injured'],
    ['suffered injuries', 'injured'],
    ['suffered wounds', 'injured'],
    ['taken hostage', 'captured'],
    ['taken captive', 'captured'],
    ['held hostage', 'captured'],
    ['forced to flee', 'displaced'],
    ['made homeless', 'displaced'],
    ['unaccounted for', 'missing'],
  ] as [string, ClaimEvent][]
)
  .map(([p, e]): [string[], ClaimEvent] => [p.split(' '), e])
  .sort((a, b) => b[0].length - a[0].length);

// Verbs before the victims (active voice): "killed 16 people", "wounding 24", "to kill scores".
const PRE: [string, ClaimEvent][] = [
  ...['kill', 'kills', 'killed', 'killing'].map((w): [string, ClaimEvent] => [w, 'killed']),
  ...['massacre', 'massacres', 'massacred', 'massacring'].map((w): [string, ClaimEvent] => [w, 'killed']),
  ...['slaughter', 'slaughters', 'slaughtered', 'slaughtering'].map((w): [string, ClaimEvent] => [
    w,
    'killed',
  ]),
  ...['murder', 'murders', 'murdered', 'murdering'].map((w): [string, ClaimEvent] => [w, 'killed']),
  ...['assassinated', 'assassinating', 'slay', 'slew'].map((w): [string, ClaimEvent] => [w, 'killed']),
  // "ISIS shot 41 civilians": conflict reports use it for killings ("shot and wounded" is matched first).
  ['shot', 'killed'],
  ...['execute', 'executes', 'executed', 'executing', 'behead', 'beheaded', 'beheading'].map(
    (w): [string, ClaimEvent] => [w, 'executed'],
  ),
  ...['wound', 'wounds', 'wounded', 'wounding', 'injure', 'injures', 'injured', 'injuring', 'maimed'].map(
    (w): [string, ClaimEvent] => [w, 'injured'],
  ),
  ...['displace', 'displaced', 'displacing'].map((w): [string, ClaimEvent] => [w, 'displaced']),
  ...['abduct', 'abducted', 'abducting', 'kidnap', 'kidnapped', 'kidnapping', 'kidnaps', 'abducts'].map(
    (w): [string, ClaimEvent] => [w, 'captured'],
  ),
  ...['detained', 'detaining', 'arrested', 'arresting', 'captured', 'capturing', 'seized'].map(
    (w): [string, ClaimEvent] => [w, 'captured'],
  ),
];

/** Single-word event verbs before the victims. */
export const PRE_EVENTS: ReadonlyMap<string, ClaimEvent> = new Map(PRE);

/** Multi-word verbs before the victims ("shot dead a village chief", "claimed the lives of"). */
export const PRE_PHRASES: readonly [string[], ClaimEvent][] = (
  [
    ['shot and killed', 'killed'],
    ['shot and wounded', 'injured'],
    ['shot and injured', 'injured'],
    ['shot dead', 'killed'],
    ['gunned down', 'killed'],
    ['claimed the lives of', 'killed'],
    ['claiming the lives of', 'killed'],
    ['took the lives of', 'killed'],
  ] as [string, ClaimEvent][]
).map(([p, e]): [string[], ClaimEvent] => [p.split(' '), e]);

/** Event nouns followed by "of" + victims ("massacre of 1,700", "the bodies of 70 civilians"). */
export const EVENT_NOUNS: ReadonlyMap<string, ClaimEvent> = new Map([
  ['massacre', 'killed'],
  ['killing', 'killed'],
  ['killings', 'killed'],
  ['death', 'killed'],
  ['deaths', 'killed'],
  ['murder', 'killed'],
  ['murders', 'killed'],
  ['slaughter', 'killed'],
  ['bodies', 'killed'],
  ['corpses', 'killed'],
  ['remains', 'killed'],
  ['execution', 'executed'],
  ['executions', 'executed'],
  ['abduction', 'captured'],
  ['kidnapping', 'captured'],
  ['displacement', 'displaced'],
]);

/** Head nouns that carry the event themselves when no verb does ("dozens of captives", "70 bodies"). */
export const EVENT_HEADS: ReadonlyMap<string, ClaimEvent> = new Map([
  ['captives', 'captured'],
  ['hostages', 'captured'],
  ['abductees', 'captured'],
  ['bodies', 'killed'],
  ['corpses', 'killed'],
  ['dead', 'killed'],
  ['deaths', 'killed'],
  ['fatalities', 'killed'],
  ['refugees', 'displaced'],
  ['lives', 'killed'],
]);

/** Nouns a sentence can use to refer back to an event ("three apparent execution sites. In one, …"). */
export const ANAPHORIC_EVENT_NOUNS: ReadonlyMap<string, ClaimEvent> = new Map([
  ['execution', 'killed'],
  ['executions', 'killed'],
  ['massacre', 'killed'],
  ['massacres', 'killed'],
  ['killings', 'killed'],
  ['grave', 'killed'],
  ['graves', 'killed'],
]);

/** Words a crude stem test accepts before the claim reader runs on a sentence. */
export const EVENT_HINT =
  /kill|dead|die|death|slain|murder|massacr|slaughter|assassin|lynch|perish|drown|martyr|execut|behead|decapit|wound|injur|hurt|maim|displac|uproot|fled|flee|evacu|abduct|kidnap|captur|captiv|arrest|detain|seiz|missing|disappear|hostage|unaccounted|gunned|shot|lives|bodies|corpse|toll|fatalit|homeless|refugee/i;
