/**
 * A date or timestamp in the reader's locale and time zone. Day-only values (YYYY-MM-DD) are calendar
 * days, not instants, so they are formatted in UTC to keep them from shifting a day.
 */
export const formatDate = (value: string | null | undefined, locale?: string): string => {
  if (value === null || value === undefined || value === '') return '—';
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  return dayOnly
    ? d.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
};
