import type { FoundDate } from '../dates/find-dates';
import type { PlaceMention } from '../places';
import type { Token } from '../text/tokenize';

/** A sentence with what the reader found in it. */
export interface SentenceInfo {
  start: number;
  end: number;
  para: number;
  /** Null when the sentence was not tokenised (nothing in it needed reading). */
  toks: Token[] | null;
  dates: FoundDate[];
  places: PlaceMention[];
  /** The sentence is page chrome (masked): no claims or stances are read from it. */
  chrome: boolean;
}
