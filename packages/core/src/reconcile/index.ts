export * from './reconcile.types';
export * from './reconcile-rules';
export { reconcileClaims } from './reconcile-claims';
export { deriveOriginKey } from './origin-chains';
export { canonicalName, normaliseName } from './name-normalise';
export { formatDay, formatNumber, formatRange } from './format-figures';
