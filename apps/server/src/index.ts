export * from './build-server';
export * from './server-deps';
export * from './http/error-handler';
export { argon2Passwords, type PasswordHasher } from './auth/passwords';
export { DEFAULT_AUTH_CONFIG, type AuthConfig } from './config/auth-config';
export { createUser, type CreateUserInput } from './use-cases/users/create-user';
export type { UseCaseDeps } from './use-cases/use-case-deps';
export { siteMailDigestJob, siteMailSendJob } from './site/mail/site-mail-from-env';
