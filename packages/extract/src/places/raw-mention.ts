import type { NameCandidate } from './types';

/** Kind a nearby unit word asks for: "Idlib province", "the town of Hit", "Mangajek District". */
export type TypeHint = 'admin1' | 'admin2' | 'city';

/** A recognised toponym before resolution. */
export interface RawMention {
  start: number;
  end: number;
  /** First and last token of the name itself (without modifiers or unit words). */
  firstToken: number;
  lastToken: number;
  folded: string;
  candidates: NameCandidate[];
  typeHint: TypeHint | null;
  /** A preposition or unit word marks it as a location ("in X", "X province", "town of X"). */
  located?: boolean;
  /** Part of an organisation's name ("FrontCounter BC", "Dubai Police"): not reported, but still
   *  tells disambiguation which country or region the text is about. */
  contextOnly?: boolean;
  /** 'demonym' mentions ("Syrian") give context and are reported only when asked for. */
  via: 'name' | 'abbreviation' | 'demonym';
}
