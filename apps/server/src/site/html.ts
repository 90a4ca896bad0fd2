import { escapeHtml } from '@corroborate/publish';

/** Markup that is already safe (built by `html` or by a sanitizer); everything else gets escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

const render = (part: Part): string => {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
};

/** Tagged template: interpolated values are HTML-escaped unless they are SafeHtml. */
export const html = (strings: TemplateStringsArray, ...values: Part[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));

/** Trusts markup produced by our sanitizers or structured-data builders. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);
