/** 1700 → "1,700": fixed separators, so explanations never depend on the process locale. */
export const formatNumber = (n: number): string => {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
};

/** A count or range: "560", "560–770", open-ended "30+". */
export const formatRange = (min: number, max: number | null): string => {
  if (max === null) return `${formatNumber(min)}+`;
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
};

/** The UTC calendar day, YYYY-MM-DD, or null for a missing or invalid date. Explanations must not drift with TZ. */
export const formatDay = (d: Date | null): string | null =>
  d === null || Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
