import type { Span } from '@corroborate/core';
import type { ExtractionResult, StanceKind } from '../extraction-result';

/** The parts of the seed's `expected.json` that are checked (see /shared/fixtures/seed). */
export interface SeedExpectation {
  published: string;
  casualty_claims: {
    quote: string;
    event: string;
    count: { min?: number; max?: number | null; min_at_least?: number };
    stance?: string;
    perpetrator?: string;
    claimant?: string;
  }[];
  stances_on_the_claim: { quote: string; who: string; stance: string }[];
  dated_events: { quote: string; date: string }[];
  must_not_be_casualty_claims: string[];
}

/** One acceptance check and whether it passed. */
export interface SeedCheck {
  name: string;
  ok: boolean;
  detail: string;
  /** Perpetrator/claimant differences: reported, not failed (the acceptance is counts, events, stances). */
  note?: string;
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

function spanOf(text: string, quote: string): Span | null {
  const at = text.indexOf(quote);
  return at === -1 ? null : [at, at + quote.length];
}

/** Maps the expectation's free-text stance to the stance kinds. */
function expectedKind(stance: string): StanceKind {
  if (stance.startsWith('unverified')) return 'unverified';
  if (stance.startsWith('not confirmed')) return 'not_confirmed';
  if (stance.startsWith('doubts')) return 'doubts';
  if (/genuine|supports/.test(stance)) return 'supports';
  if (stance.startsWith('denies')) return 'denies';
  return 'other';
}

/** Claim stances the expectation's wording allows. */
function allowedClaimStances(stance: string | undefined): string[] {
  if (!stance) return ['asserted', 'alleged', 'quoted', 'claimed', 'unverified'];
  if (stance.startsWith('conditional')) return ['conditional'];
  if (stance.startsWith('claimed')) return ['claimed'];
  if (stance.startsWith('apparent')) return ['alleged', 'unverified'];
  return ['asserted'];
}

function speakerMatches(speaker: string, who: string): boolean {
  if (who.startsWith('the publisher')) return speaker === 'publisher';
  const name = (who.split(',')[0] ?? who).replace(/^the\s+/i, '').toLowerCase();
  return speaker.toLowerCase().includes(name);
}

/** Checks an extraction of the seed text against its hand-written expectation. */
export function checkSeed(text: string, expected: SeedExpectation, result: ExtractionResult): SeedCheck[] {
  const checks: SeedCheck[] = [];
  checks.push({
    name: 'published',
    ok: result.published === expected.published,
    detail: `${result.published ?? 'null'} from ${JSON.stringify(result.published_from)}`,
  });
  for (const want of expected.casualty_claims) {
    const span = spanOf(text, want.quote);
    const found = span ? result.claims.filter((c) => overlaps(c.span, span)) : [];
    const event = (e: string): boolean => e === want.event || (want.event === 'killed' && e === 'executed');
    const count = (c: { min: number; max: number | null }): boolean =>
      want.count.min_at_least !== undefined
        ? c.min >= want.count.min_at_least
        : c.min === want.count.min && c.max === (want.count.max ?? null);
    const stances = allowedClaimStances(want.stance);
    const hit = found.find((c) => event(c.event) && count(c.count) && stances.includes(c.stance));
    const who = (s: string | null, w: string | undefined): boolean =>
      w === undefined || (s ?? '').toLowerCase().includes(w.toLowerCase());
    const got = found.map(
      (c) =>
        `${c.event} ${c.count.min}-${c.count.max ?? '∞'} ${c.stance} perp=${c.perpetrator} by=${c.claimant}`,
    );
    const check: SeedCheck = {
      name: `claim "${want.quote}"`,
      ok: hit !== undefined,
      detail: got.join(' | ') || 'no overlapping claim',
    };
    if (hit && !(who(hit.perpetrator, want.perpetrator) && who(hit.claimant, want.claimant)))
      check.note = `expected perpetrator ${want.perpetrator ?? '-'}, claimant ${want.claimant ?? '-'}`;
    checks.push(check);
  }
  for (const want of expected.stances_on_the_claim) {
    const span = spanOf(text, want.quote);
    const kind = expectedKind(want.stance);
    const found = span ? result.stances.filter((s) => overlaps(s.span, span)) : [];
    const ok = found.some((s) => s.stance === kind && speakerMatches(s.speaker, want.who));
    const got = found.map((s) => `${s.stance} by ${s.speaker}`);
    checks.push({ name: `stance "${want.quote}"`, ok, detail: got.join(' | ') || 'no overlapping stance' });
  }
  for (const want of expected.dated_events) {
    const span = spanOf(text, want.quote);
    const found = span ? result.dates.filter((d) => overlaps(d.span, span)) : [];
    const ok = found.some((d) => d.value === want.date);
    const got = found.map((d) => `${d.text}=${d.value ?? `${d.from}..${d.to}`}`);
    checks.push({ name: `date "${want.quote}"`, ok, detail: got.join(' | ') || 'no overlapping date' });
  }
  for (const phrase of expected.must_not_be_casualty_claims) {
    const spans: Span[] = [];
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1))
      spans.push([at, at + phrase.length]);
    const bad = result.claims.filter((c) => spans.some((s) => overlaps(c.span, s)));
    checks.push({
      name: `not a claim "${phrase}"`,
      ok: bad.length === 0,
      detail: bad.map((c) => c.quote).join(' | '),
    });
  }
  return checks;
}
