export * from './grade-input';
export * from './suggest-grade';
export * from './set-grade';
