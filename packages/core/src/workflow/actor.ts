import type { Role } from '../domain/user';

/** Who is acting: enough of a user to decide what they may do and to sign the audit entry. */
export interface Actor {
  id: string;
  role: Role;
}
