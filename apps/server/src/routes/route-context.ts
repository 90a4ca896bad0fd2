import type { AuthConfig } from '../config/auth-config';
import type { LoginLimiter } from '../auth/login-limiter';
import type { UseCaseDeps } from '../use-cases/use-case-deps';

/** What route modules receive: the use-case ports, the sign-in settings and the limiter. */
export interface RouteContext {
  deps: UseCaseDeps;
  auth: AuthConfig;
  limiter: LoginLimiter;
  version: string;
}
