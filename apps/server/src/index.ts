export * from './build-server';
export * from './server-deps';
export * from './http/error-handler';
