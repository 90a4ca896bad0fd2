export * from './preservation-config';
export * from './preservation';
export * from './capture-page';
export * from './page-images';
export * from './build-proof-bundle';
