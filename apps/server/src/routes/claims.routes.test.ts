import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../use-cases/incidents/incident-detail';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { seedTikrit, type TikritClaims } from '../testing/tikrit-scenario';

let server: TestServer;
let claims: TikritClaims;
let incidentId = '';
beforeAll(async () => {
  server = await startTestServer();
  claims = await seedTikrit(server);
  const res = await server.as('analyst', {
    method: 'POST',
    url: '/api/incidents/from-claim',
    payload: { claimId: claims.ngoCount.id },
  });
  incidentId = res.json<IncidentDetail>().incident.id;
  await server.as('analyst', {
    method: 'POST',
    url: `/api/incidents/${incidentId}/claims`,
    payload: { claimId: claims.selfClaim.id },
  });
});
afterAll(() => server.close());

const range = async () => {
  const res = await server.as('viewer', { method: 'GET', url: `/api/incidents/${incidentId}` });
  const killed = res.json<IncidentDetail>().reconciliation?.events[0];
  return [killed?.min, killed?.max];
};

describe('claim review', () => {
  it('reads a claim with its machine facts', async () => {
    const res = await server.as('viewer', { method: 'GET', url: `/api/claims/${claims.ngoCount.id}` });
    expect(res.json()).toMatchObject({
      review: 'machine',
      corrected: null,
      incidentId,
      extracted: { count: { min: 560, max: 770 } },
    });
  });

  it('corrects a claim apart from the machine output, and the range follows', async () => {
    const res = await server.as('analyst', {
      method: 'POST',
      url: `/api/claims/${claims.ngoCount.id}/correct`,
      payload: { count: { min: 600, max: 770, text: '600 to 770' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      review: 'corrected',
      extracted: { count: { min: 560 } },
      corrected: { count: { min: 600, max: 770 }, claimant: 'Human Rights Watch' },
    });
    expect(await range()).toEqual([600, 1700]);
  });

  it('rejects a claim: it is no longer counted; accepting restores it', async () => {
    const rejected = await server.as('analyst', {
      method: 'POST',
      url: `/api/claims/${claims.selfClaim.id}/reject`,
      payload: { reason: 'propaganda figure' },
    });
    expect(rejected.json()).toMatchObject({ review: 'rejected' });
    expect(await range()).toEqual([600, 770]);
    await server.as('analyst', { method: 'POST', url: `/api/claims/${claims.selfClaim.id}/accept` });
    expect(await range()).toEqual([600, 1700]);
  });

  it('audits every review with before and after', async () => {
    const res = await server.as('analyst', {
      method: 'GET',
      url: `/api/audit?entity=claim:${claims.selfClaim.id}`,
    });
    const items = res.json<{
      items: { action: string; before: { review: string }; after: { review: string; reason?: string } }[];
    }>().items;
    expect(items.map((e) => [e.action, e.before.review, e.after.review])).toEqual([
      ['claim.reject', 'machine', 'rejected'],
      ['claim.accept', 'rejected', 'accepted'],
    ]);
    expect(items[0]?.after.reason).toBe('propaganda figure');
  });

  it('refuses bad corrections with the issues, viewers with 403, unknown claims with 404', async () => {
    const bad = await server.as('analyst', {
      method: 'POST',
      url: `/api/claims/${claims.repeat.id}/correct`,
      payload: { count: { min: -1 }, stance: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string[] }[] }>().issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['body.count.min', 'body.count.max', 'body.stance']),
    );
    const inverted = await server.as('analyst', {
      method: 'POST',
      url: `/api/claims/${claims.repeat.id}/correct`,
      payload: { count: { min: 9, max: 3 } },
    });
    expect(inverted.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['corrected', 'count', 'max'] }],
    });
    expect(
      (await server.as('viewer', { method: 'POST', url: `/api/claims/${claims.repeat.id}/accept` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await server.as('analyst', { method: 'POST', url: '/api/claims/clm_none/accept' })).statusCode,
    ).toBe(404);
  });
});
