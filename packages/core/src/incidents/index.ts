export * from './haversine';
export * from './victim-compat';
export * from './day-range';
export * from './suggest-incidents';
export * from './incident-from-claim';
export * from './merge-incidents';
export * from './split-incident';
