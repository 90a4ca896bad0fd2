export * from './import-types';
export * from './import-posts';
export * from './json-stream-scanner';
export * from './telegram-export';
export * from './x-archive';
export * from './csv-manifest';
