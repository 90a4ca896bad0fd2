import { ROLES, type Role } from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { createUser, type CreateUserInput } from '../use-cases/users/create-user';
import { setUserDisabled, setUserRole } from '../use-cases/users/manage-users';
import type { RouteContext } from './route-context';

const changeErrors = { 400: ref('Error'), 404: ref('Error'), 409: ref('Error') };

/** Account administration: admins only. */
export const userRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;

  app.get(
    '/api/users',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Every account, oldest first',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: ref('User') } } } },
      },
    },
    async () => ({ items: await deps.store.users.list() }),
  );

  app.post<{ Body: CreateUserInput }>(
    '/api/users',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Create a local account (password stored as an argon2id hash)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'role', 'password'],
          properties: {
            username: { type: 'string', pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,38}$' },
            displayName: { type: 'string', minLength: 1, maxLength: 200 },
            email: { type: ['string', 'null'], maxLength: 320 },
            role: { type: 'string', enum: [...ROLES] },
            password: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH },
          },
        },
        response: { 201: ref('User'), ...changeErrors },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(deps, req.body, actorOf(req))),
  );

  app.put<{ Params: { id: string }; Body: { role: Role } }>(
    '/api/users/:id/role',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['users'],
        summary: 'Change a user’s role',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['role'],
          properties: { role: { type: 'string', enum: [...ROLES] } },
        },
        response: { 200: ref('User'), ...changeErrors },
      },
    },
    (req) => setUserRole(deps, req.params.id, req.body.role, actorOf(req)),
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    app.post<{ Params: { id: string } }>(
      `/api/users/:id/${action}`,
      {
        config: { role: 'admin' },
        schema: {
          tags: ['users'],
          summary: disabled ? 'Disable a user (and end their sessions)' : 'Enable a disabled user again',
          params: idParams('id'),
          response: { 200: ref('User'), ...changeErrors },
        },
      },
      (req) => setUserDisabled(deps, req.params.id, disabled, actorOf(req)),
    );
};
