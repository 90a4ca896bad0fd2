import type { ClaimEvent } from '../domain/claim';
import { formatNumber, formatRange } from './format-figures';
import type { RangeResult } from './reconcile-range';
import type { RuleId } from './reconcile-rules';
import type { ExcludedClaim, OriginChain, ReconcileLine } from './reconcile.types';

const cite = (...ids: RuleId[]): string => `[${ids.join(', ')}]`;

/** "ISIS claim 2014-06-15", "HRW 2014-06-27": who, and when the report appeared. */
export const lineLabel = (l: ReconcileLine): string =>
  `${l.speaker}${l.sourceClass === 'self_claim' ? ' claim' : ''}${l.published === null ? '' : ` ${l.published}`}`;

const figure = (l: ReconcileLine): string => formatRange(l.min, l.max);

const MIN_FALLBACK_NOTE = [
  '',
  'official figure; no credible independent count',
  'no credible independent or official count',
  'perpetrator self-claim; no other count',
];

const minClause = (r: RangeResult): string => {
  const { minLine, minTier } = r;
  if (minLine === null || minTier === null) return '';
  const head = `min ${formatNumber(minLine.min)} from ${lineLabel(minLine)}`;
  if (minTier === 0) return `${head} ${cite('R6-min-independent')}`;
  const kind =
    minLine.sourceClass === 'unattributed' ? 'unattributed; ' : minTier === 2 ? 'unverified; ' : '';
  return `${head} (${kind}${MIN_FALLBACK_NOTE[minTier] ?? ''}) ${cite('R7-min-fallback')}`;
};

const maxClause = (r: RangeResult): string => {
  const { maxLine, max } = r;
  if (maxLine === null || max === null) return '';
  const open = maxLine.max === null;
  const notes: string[] = [];
  const rules: RuleId[] = ['R8-max-all-counted'];
  if (maxLine.sourceClass === 'self_claim') {
    const ind = r.independentRange;
    const indText = ind === null ? 'no independent count' : `independent counts give ${rangeText(ind)}`;
    notes.push(`perpetrator self-claim; ${indText}`);
    rules.push('R9-self-claim-explicit');
  }
  if (open) {
    notes.push(`open-ended: "${maxLine.text}"`);
    rules.push('R10-open-ended');
  }
  const note = notes.length === 0 ? '' : ` (${notes.join('; ')})`;
  return `max ${formatRange(max, open ? null : max)} from ${lineLabel(maxLine)}${note} ${cite(...rules)}`;
};

const rangeText = (r: { min: number; max: number; maxOpen: boolean }): string =>
  r.maxOpen && r.min === r.max
    ? formatRange(r.min, null)
    : `${formatRange(r.min, r.max)}${r.maxOpen ? '+' : ''}`;

const chainSentence = (c: OriginChain, line: ReconcileLine | undefined): string => {
  const shown = c.repeats
    .slice(0, 3)
    .map((m) => [m.publisher ?? 'unknown source', m.published].filter(Boolean).join(' '));
  const more = c.repeats.length > 3 ? ` and ${c.repeats.length - 3} more` : '';
  const who =
    line === undefined
      ? c.first.claimId
      : `${line.speaker}${line.sourceClass === 'self_claim' ? ' claim' : ''}`;
  const fig = line === undefined ? '' : ` ${figure(line)}`;
  return `${who}${fig} repeated by ${shown.join(', ')}${more}, counted once ${cite('R4-same-origin-once')}`;
};

const excludedSentence = (excluded: ExcludedClaim[]): string => {
  const parts: string[] = [];
  const conditional = excluded.filter((e) => e.ruleId === 'R1-conditional-excluded').length;
  const rejected = excluded.filter((e) => e.ruleId === 'R2-rejected-excluded').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (conditional > 0)
    parts.push(`${plural(conditional, 'conditional statement')} ${cite('R1-conditional-excluded')}`);
  if (rejected > 0)
    parts.push(`${plural(rejected, 'claim')} rejected by a reviewer ${cite('R2-rejected-excluded')}`);
  return parts.length === 0 ? '' : `Not counted: ${parts.join('; ')}`;
};

/** The deterministic, human-readable account of how one event's range was reached. */
export const explainReconciliation = (
  event: ClaimEvent,
  range: RangeResult,
  lines: ReconcileLine[],
  chains: OriginChain[],
  excluded: ExcludedClaim[],
): string => {
  const title = event.charAt(0).toUpperCase() + event.slice(1);
  const sentences: string[] = [];
  if (range.min === null || range.max === null) sentences.push(`${title}: no counted figure`);
  else {
    const open = range.flags.includes('max_open_ended');
    const total =
      range.min === range.max && open ? formatRange(range.min, null) : formatRange(range.min, range.max);
    const suffix = open && range.min !== range.max ? '+' : '';
    sentences.push(`${title} ${total}${suffix}: ${minClause(range)}; ${maxClause(range)}`);
  }
  const byKey = new Map(lines.map((l) => [l.originKey, l]));
  for (const c of chains) sentences.push(chainSentence(c, byKey.get(c.originKey)));
  for (const d of lines.filter((l) => l.sourceClass === 'denial'))
    sentences.push(`Denied by ${lineLabel(d)}: ${figure(d)}, not counted ${cite('R3-denial-separate')}`);
  sentences.push(excludedSentence(excluded));
  return `${sentences.filter((s) => s !== '').join('. ')}.`;
};
