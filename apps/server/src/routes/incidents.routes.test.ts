import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../use-cases/incidents/incident-detail';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { seedTikrit, type TikritClaims } from '../testing/tikrit-scenario';

let server: TestServer;
let claims: TikritClaims;
beforeAll(async () => {
  server = await startTestServer({ server: { bodyLimit: 64 * 1024 } });
  claims = await seedTikrit(server);
});
afterAll(() => server.close());

const post = (url: string, payload: object) => server.as('analyst', { method: 'POST', url, payload });

describe('incidents', () => {
  let incidentId = '';

  it('creates an incident from a claim, pre-filled and linked, with its stored reconciliation', async () => {
    const res = await post('/api/incidents/from-claim', { claimId: claims.ngoCount.id });
    expect(res.statusCode).toBe(201);
    const detail = res.json<IncidentDetail>();
    incidentId = detail.incident.id;
    expect(detail.incident).toMatchObject({
      status: 'new',
      place: { name: 'Tikrit', precision: 'locality' },
      dateFrom: '2014-06-12',
      datePrecision: 'day',
      eventKinds: ['killed'],
      perpetrators: ['ISIS'],
    });
    expect(detail.claims.map((c) => c.id)).toEqual([claims.ngoCount.id]);
    expect(detail.reconciliation?.events[0]).toMatchObject({ event: 'killed', min: 560, max: 770 });
    expect(detail.nextStatuses).toEqual(['in_progress', 'discounted']);
  });

  it('links claims and recomputes: self-claim line apart, the repeat counted once, explained', async () => {
    expect(
      (await post(`/api/incidents/${incidentId}/claims`, { claimId: claims.selfClaim.id })).statusCode,
    ).toBe(200);
    const res = await post(`/api/incidents/${incidentId}/claims`, { claimId: claims.repeat.id });
    const { reconciliation } = res.json<IncidentDetail>();
    const killed = reconciliation!.events[0]!;
    expect([killed.min, killed.max]).toEqual([560, 1700]);
    expect(killed.lines.map((l) => [l.sourceClass, l.speaker, l.min, l.repeatCount])).toEqual([
      ['self_claim', 'ISIS', 1700, 1],
      ['independent', 'Human Rights Watch', 560, 0],
    ]);
    expect(killed.explanation).toContain('min 560 from Human Rights Watch 2014-06-27 [R6-min-independent]');
    expect(killed.explanation).toContain('perpetrator self-claim; independent counts give 560–770');
    expect(killed.explanation).toMatch(/repeated by .*2014-06-15, counted once \[R4-same-origin-once\]/);
    expect(reconciliation!.claimCount).toBe(3);
    expect(reconciliation!.suggestion).toMatchObject({ grade: 'weak', ruleId: 'G6-single-source' });
    // Every recomputation is kept.
    expect(await server.store.reconciliations.history(incidentId, 10)).toHaveLength(3);
  });

  it('refuses to link a claim twice (409) and names unknown ids (404)', async () => {
    const again = await post(`/api/incidents/${incidentId}/claims`, { claimId: claims.repeat.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict' });
    const noClaim = await post(`/api/incidents/${incidentId}/claims`, { claimId: 'clm_nope' });
    expect(noClaim.statusCode).toBe(404);
    expect(noClaim.json()).toMatchObject({ code: 'not_found', message: 'claim clm_nope does not exist' });
    const noIncident = await server.as('viewer', { method: 'GET', url: '/api/incidents/inc_nope' });
    expect(noIncident.statusCode).toBe(404);
    expect(noIncident.json()).toMatchObject({
      code: 'not_found',
      message: 'incident inc_nope does not exist',
    });
  });

  it('unlinks a claim and recomputes', async () => {
    const res = await server.as('analyst', {
      method: 'DELETE',
      url: `/api/incidents/${incidentId}/claims/${claims.repeat.id}`,
    });
    expect(res.json<IncidentDetail>().reconciliation?.events[0]?.lines[0]?.repeatCount).toBe(0);
    const gone = await server.as('analyst', {
      method: 'DELETE',
      url: `/api/incidents/${incidentId}/claims/${claims.repeat.id}`,
    });
    expect(gone.statusCode).toBe(404);
    await post(`/api/incidents/${incidentId}/claims`, { claimId: claims.repeat.id });
  });

  it('answers malformed bodies with 400 and every issue, oversized ones with 413', async () => {
    const bad = await post('/api/incidents', { eventKinds: ['exploded'], place: { name: '' }, extra: 1 });
    expect(bad.statusCode).toBe(400);
    const issues = bad.json<{ code: string; issues: { path: (string | number)[] }[] }>();
    expect(issues.code).toBe('validation_failed');
    const paths = issues.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['body.title', 'body.eventKinds.0', 'body.place.name', 'body.place.precision']),
    );
    const notJson = await server.as('analyst', {
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: '{"title":',
    });
    expect(notJson.statusCode).toBe(400);
    const huge = await post('/api/incidents', { title: 'x'.repeat(70 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'input_too_large' });
  });

  it('edits fields, audited with only what changed', async () => {
    const res = await server.as('analyst', {
      method: 'PATCH',
      url: `/api/incidents/${incidentId}`,
      payload: { title: 'Camp Speicher massacre', perpetrators: ['ISIS'] },
    });
    expect(res.json<IncidentDetail>().incident).toMatchObject({ title: 'Camp Speicher massacre' });
    const audit = await server.as('analyst', {
      method: 'GET',
      url: `/api/audit?entity=incident:${incidentId}`,
    });
    const last = audit.json<{ items: { action: string; before: unknown; after: unknown }[] }>().items.at(-1);
    expect(last).toMatchObject({ action: 'incident.update', after: { title: 'Camp Speicher massacre' } });
    expect(Object.keys(last!.after as object)).toEqual(['title']);
  });

  it('lists with filters and a cursor', async () => {
    for (const [title, lat, lon, dateFrom] of [
      ['Mosul market bombing', 36.34, 43.13, '2014-06-10'],
      ['Samarra shelling', 34.2, 43.89, '2014-07-01'],
    ] as const)
      await post('/api/incidents', {
        title,
        eventKinds: ['injured'],
        dateFrom,
        dateTo: dateFrom,
        place: { name: title.split(' ')[0], lat, lon, precision: 'locality' },
      });
    const list = async (qs: string) =>
      (await server.as('viewer', { method: 'GET', url: `/api/incidents?${qs}` })).json<{
        items: { title: string }[];
        nextCursor: string | null;
      }>();
    expect((await list('kind=injured')).items.map((i) => i.title).sort()).toEqual([
      'Mosul market bombing',
      'Samarra shelling',
    ]);
    expect((await list('lat=34.6&lon=43.68&km=60')).items.map((i) => i.title).sort()).toEqual([
      'Camp Speicher massacre',
      'Samarra shelling',
    ]);
    expect((await list('dateFrom=2014-06-11&dateTo=2014-06-30')).items.map((i) => i.title)).toEqual([
      'Camp Speicher massacre',
    ]);
    expect((await list('q=market')).items.map((i) => i.title)).toEqual(['Mosul market bombing']);
    expect((await list('status=verified')).items).toEqual([]);
    const first = await list('limit=2');
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((i) => i.title)).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const half = await server.as('viewer', { method: 'GET', url: '/api/incidents?lat=34&km=5' });
    expect(half.statusCode).toBe(400);
    expect(half.json<{ issues: { path: string[] }[] }>().issues.map((i) => i.path.join('.'))).toEqual([
      'querystring.lon',
    ]);
  });
});
