import type { Issue } from '@corroborate/core';
import type { Organization, Person } from 'schema-dts';
import { httpUrlOrNull } from '../sanitize/safe-url';
import { sanitizeText } from '../sanitize/sanitize-text';
import type { Claimant, PublisherInfo } from './structured-data.types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Collects problems with an input while converting it, so all of them are reported at once. */
export class InputIssues {
  readonly list: Issue[] = [];

  url(value: string | undefined, path: Issue['path']): string {
    const url = httpUrlOrNull(value);
    if (url === null)
      this.list.push({ path, message: `${JSON.stringify(value)} is not an absolute http(s) URL` });
    return url ?? '';
  }

  date(value: Date | string | null, path: Issue['path']): string {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
    this.list.push({ path, message: `${JSON.stringify(value)} is not a date` });
    return '';
  }

  text(value: string, path: Issue['path']): string {
    const text = sanitizeText(value);
    if (text === '') this.list.push({ path, message: 'is empty' });
    return text;
  }
}

/** The publisher as a schema.org Organization. */
export function organization(publisher: PublisherInfo, issues: InputIssues): Organization {
  const logo = httpUrlOrNull(publisher.logoUrl);
  return {
    '@type': 'Organization',
    name: issues.text(publisher.name, ['publisher', 'name']),
    url: issues.url(publisher.url, ['publisher', 'url']),
    ...(logo ? { logo } : {}),
  };
}

/** The claimant as an Organization or a Person. */
export function claimantNode(claimant: Claimant, issues: InputIssues): Organization | Person {
  const name = issues.text(claimant.name, ['claimant', 'name']);
  const url = httpUrlOrNull(claimant.url);
  const extra = url ? { url } : {};
  return claimant.kind === 'person'
    ? { '@type': 'Person', name, ...extra }
    : { '@type': 'Organization', name, ...extra };
}
