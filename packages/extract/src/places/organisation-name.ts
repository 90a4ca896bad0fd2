import { ORGANISATION_WORDS } from '../gazetteer-data/recognition-words';
import type { NameSequence } from './name-sequences';
import type { Token } from './tokenize';

// Heads that make "<Head> of X and Y" an organisation although they are also unit words.
const ORGANISATION_HEADS =
  /^(?:Islamic State|Islamic Emirate|Army|Front|Party|Union|Council|Ministry|Movement)$/;

/**
 * The name continues an organisation's "… of": "Islamic State of Iraq and Syria", "Popular Front
 * for the Liberation of Palestine", "Ministry of Interior of Iraq". Every place word after the "of"
 * in the same capitalised sequence belongs to the name (it may still inform the context).
 */
export function inOrganisationOf(tokens: readonly Token[], seq: NameSequence, i: number): boolean {
  for (let k = i - 1; k > seq.first; k -= 1) {
    const t = tokens[k] as Token;
    if (t.text !== 'of') continue;
    const head = tokens[k - 1];
    if (!head) return false;
    const pair = `${tokens[k - 2]?.text ?? ''} ${head.text}`;
    if (ORGANISATION_HEADS.test(pair) || ORGANISATION_HEADS.test(head.text)) return true;
    // "Liberation of Palestine" after "Front for the": the head word sits earlier in the name.
    return ORGANISATION_WORDS.has(head.text) && !/^(?:State|Province|Emirate)$/.test(head.text);
  }
  return false;
}
