import type { Issue } from '@corroborate/core';
import { SCHEMA_REQUIREMENTS } from './schema-requirements';
import type { ValueKind } from './schema-requirements';

/** Problems found in JSON-LD: errors break eligibility, warnings lose recommended detail. */
export interface StructuredDataReport {
  errors: Issue[];
  warnings: Issue[];
}

type Path = Issue['path'];

/**
 * Checks JSON-LD against SCHEMA_REQUIREMENTS: @context, required and recommended properties per
 * @type, value kinds (text, absolute URL, ISO date, number, nested type, enumeration member), and
 * that a Rating's value lies between its worst and best.
 */
export function validateStructuredData(data: unknown): StructuredDataReport {
  const report: StructuredDataReport = { errors: [], warnings: [] };
  if (!isObject(data) || data['@context'] !== 'https://schema.org') {
    report.errors.push({ path: ['@context'], message: 'must be "https://schema.org"' });
  }
  checkNode(data, [], report);
  return report;
}

function checkNode(node: unknown, path: Path, report: StructuredDataReport): void {
  if (!isObject(node) || typeof node['@type'] !== 'string') {
    report.errors.push({ path, message: 'is not a typed object' });
    return;
  }
  const rules = SCHEMA_REQUIREMENTS[node['@type']];
  if (!rules) return;
  for (const [group, sink] of [
    [rules.required, report.errors],
    [rules.recommended, report.warnings],
  ] as const) {
    for (const [name, kinds] of Object.entries(group)) {
      const value = node[name];
      if (value === undefined || value === null || value === '')
        sink.push({ path: [...path, name], message: 'is missing' });
      else checkValue(value, kinds, [...path, name], report);
    }
  }
  if (node['@type'] === 'Rating') checkRatingRange(node, path, report);
}

function checkValue(
  value: unknown,
  kinds: readonly ValueKind[],
  path: Path,
  report: StructuredDataReport,
): void {
  const values = Array.isArray(value) ? value : [value];
  values.forEach((item, i) => {
    const itemPath = Array.isArray(value) ? [...path, i] : path;
    const nested = kinds.filter((k) => k.startsWith('@')).map((k) => k.slice(1));
    if (isObject(item) && typeof item['@type'] === 'string' && nested.includes(item['@type'])) {
      checkNode(item, itemPath, report);
    } else if (!kinds.some((kind) => matchesScalar(item, kind))) {
      report.errors.push({ path: itemPath, message: `is not ${kinds.join(' or ')}` });
    }
  });
}

function matchesScalar(value: unknown, kind: ValueKind): boolean {
  if (kind.startsWith('enum:')) return value === kind.slice(5);
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'url':
      return typeof value === 'string' && /^https?:\/\/[^\s/]+/.test(value);
    case 'date':
      return (
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
      );
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return false;
  }
}

function checkRatingRange(node: Record<string, unknown>, path: Path, report: StructuredDataReport): void {
  const { ratingValue, bestRating, worstRating } = node;
  if (typeof ratingValue !== 'number' || typeof bestRating !== 'number' || typeof worstRating !== 'number')
    return;
  if (ratingValue < worstRating || ratingValue > bestRating) {
    report.errors.push({
      path: [...path, 'ratingValue'],
      message: `is outside ${worstRating}–${bestRating}`,
    });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
