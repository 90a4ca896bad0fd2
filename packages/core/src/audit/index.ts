export * from './audit-hash';
export * from './verify-audit-chain';
