import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../use-cases/incidents/incident-detail';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { seedTikrit, type TikritClaims } from '../testing/tikrit-scenario';

let server: TestServer;
let claims: TikritClaims;
beforeAll(async () => {
  server = await startTestServer();
  claims = await seedTikrit(server);
});
afterAll(() => server.close());

const post = (url: string, payload: object) => server.as('analyst', { method: 'POST', url, payload });
const fromClaim = async (claimId: string) =>
  (await post('/api/incidents/from-claim', { claimId })).json<IncidentDetail>().incident.id;

describe('merge, split, suggestions and media evidence', () => {
  it('suggests the incident a new claim belongs to, with the reason', async () => {
    const id = await fromClaim(claims.ngoCount.id);
    const res = await server.as('viewer', {
      method: 'GET',
      url: `/api/claims/${claims.selfClaim.id}/suggestions`,
    });
    const items = res.json<{
      items: { incident: { id: string }; reason: string; distanceKm: number | null }[];
    }>().items;
    expect(items[0]?.incident.id).toBe(id);
    expect(items[0]?.reason).toMatch(/same place \(Tikrit\); dates overlap; same kind \(killed\)/);
    const own = await server.as('viewer', {
      method: 'GET',
      url: `/api/claims/${claims.ngoCount.id}/suggestions`,
    });
    expect(
      own.json<{ items: { incident: { id: string } }[] }>().items.map((i) => i.incident.id),
    ).not.toContain(id);
    expect(
      (await server.as('viewer', { method: 'GET', url: '/api/claims/clm_none/suggestions' })).statusCode,
    ).toBe(404);
  });

  it('merges another incident in: claims move, the other is retired and refuses changes', async () => {
    const survivor = await fromClaim(claims.selfClaim.id);
    const retired = await fromClaim(claims.repeat.id);
    const res = await post(`/api/incidents/${survivor}/merge`, { otherId: retired });
    expect(res.statusCode).toBe(200);
    const { detail } = res.json<{ detail: IncidentDetail }>();
    expect(detail.claims.map((c) => c.id).sort()).toEqual([claims.selfClaim.id, claims.repeat.id].sort());
    expect(detail.reconciliation?.events[0]?.lines[0]?.repeatCount).toBe(1);
    const old = await server.as('viewer', { method: 'GET', url: `/api/incidents/${retired}` });
    expect(old.json<IncidentDetail>().incident.mergedIntoId).toBe(survivor);
    const list = await server.as('viewer', { method: 'GET', url: '/api/incidents' });
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(retired);
    const change = await server.as('analyst', {
      method: 'PATCH',
      url: `/api/incidents/${retired}`,
      payload: { title: 'x' },
    });
    expect(change.statusCode).toBe(409);
  });

  it('splits claims off into a new incident and reconciles both', async () => {
    const [survivor] = (await server.as('viewer', { method: 'GET', url: '/api/incidents?q=soldiers' })).json<{
      items: { id: string }[];
    }>().items;
    const res = await post(`/api/incidents/${survivor!.id}/split`, {
      claimIds: [claims.repeat.id],
      title: 'The wire story',
    });
    expect(res.statusCode).toBe(201);
    const { source, created } = res.json<{ source: IncidentDetail; created: IncidentDetail }>();
    expect(created.incident.title).toBe('The wire story');
    expect(created.claims.map((c) => c.id)).toEqual([claims.repeat.id]);
    expect(source.claims.map((c) => c.id)).toEqual([claims.selfClaim.id]);
    expect(created.reconciliation?.claimCount).toBe(1);
    const all = await post(`/api/incidents/${survivor!.id}/split`, { claimIds: [claims.selfClaim.id] });
    expect(all.statusCode).toBe(400);
  });

  it('links media evidence by id, which the grade suggestion weighs, and unlinks it', async () => {
    const [ngo] = (await server.as('viewer', { method: 'GET', url: '/api/incidents?q=560' })).json<{
      items: { id: string }[];
    }>().items;
    const linked = await post(`/api/incidents/${ngo!.id}/media`, {
      mediaId: 'med_satellite_1',
      note: 'Planet imagery',
    });
    const detail = linked.json<IncidentDetail>();
    expect(detail.media).toEqual([
      expect.objectContaining({ mediaId: 'med_satellite_1', linkedBy: server.users.analyst.id }),
    ]);
    expect(detail.reconciliation?.suggestion).toMatchObject({ grade: 'fair', ruleId: 'G5-corroborated' });
    expect((await post(`/api/incidents/${ngo!.id}/media`, { mediaId: 'med_satellite_1' })).statusCode).toBe(
      409,
    );
    const unlinked = await server.as('analyst', {
      method: 'DELETE',
      url: `/api/incidents/${ngo!.id}/media/med_satellite_1`,
    });
    expect(unlinked.json<IncidentDetail>().reconciliation?.suggestion.grade).toBe('weak');
  });
});
