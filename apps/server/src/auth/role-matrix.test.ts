import { ROLES, roleAtLeast, type Role } from '@corroborate/core';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { requireRouteRoles } from './auth-hooks';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.ready();
});
afterAll(() => server.close());

/** Routes as Fastify itself knows them: the method lists in its route tree. */
const methodsInRouteTree = (tree: string): number =>
  [...tree.matchAll(/\(([A-Z, ]+)\)/g)].reduce((n, m) => n + (m[1] ?? '').split(',').length, 0);

// Path parameters get ids that exist nowhere: an allowed request must then fail with anything but 401/403.
const concrete = (url: string): string => url.replace(/:(\w+)/g, (_m, name: string) => `${name}_missing`);

describe('role matrix: every route × every role', () => {
  it('covers every route Fastify registered, each with a declared role', () => {
    const declared = server.app.declaredRoutes;
    expect(declared.length).toBe(methodsInRouteTree(server.app.printRoutes({ commonPrefix: false })));
    expect(declared.length).toBeGreaterThan(40);
    for (const r of declared) expect(['public', ...ROLES]).toContain(r.role);
    // Only sign-in, health and the API description are public in the API (the public site's pages,
    // feeds and comment form live outside /api/ and are public by design).
    expect(
      declared
        .filter((r) => r.role === 'public' && r.url.startsWith('/api/'))
        .map((r) => `${r.method} ${r.url}`)
        .sort(),
    ).toEqual(['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login']);
  });

  it('refuses to register a route that declares no role, or an unknown one', async () => {
    const app = Fastify();
    requireRouteRoles(app, []);
    expect(() => app.get('/undeclared', () => 'x')).toThrow(/GET \/undeclared must declare config.role/);
    expect(() => app.get('/typo', { config: { role: 'admn' as never } }, () => 'x')).toThrow(/must declare/);
    await app.close();
  });

  it('answers 401 without credentials, 403 below the role, and lets every role at or above it through', async () => {
    const outcomes: string[] = [];
    const wrong: string[] = [];
    for (const route of server.app.declaredRoutes) {
      const unsafe = route.method !== 'GET';
      for (const role of [null, ...ROLES] as (Role | null)[]) {
        const res = await server.as(role, {
          method: route.method,
          url: concrete(route.url),
          ...(unsafe ? { payload: {} } : {}),
        });
        const code = res.statusCode;
        const expected =
          route.role === 'public'
            ? 'pass'
            : role === null
              ? 401
              : roleAtLeast(role, route.role)
                ? 'pass'
                : 403;
        const ok = expected === 'pass' ? code !== 401 && code !== 403 : code === expected;
        const label = `${route.method} ${route.url} as ${role ?? 'anonymous'}: ${code}`;
        outcomes.push(label);
        if (!ok) wrong.push(`${label} (expected ${expected})`);
        if (expected === 401) expect(res.json()).toMatchObject({ code: 'unauthenticated' });
        if (expected === 403) expect(res.json()).toMatchObject({ code: 'forbidden' });
      }
    }
    expect(wrong).toEqual([]);
    expect(outcomes).toHaveLength(server.app.declaredRoutes.length * (ROLES.length + 1));
  });
});
