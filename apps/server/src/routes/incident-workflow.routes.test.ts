import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../use-cases/incidents/incident-detail';
import { startTestServer, type TestServer } from '../testing/server-test-kit';

let server: TestServer;
let id = '';
beforeAll(async () => {
  server = await startTestServer();
  const res = await server.as('analyst', {
    method: 'POST',
    url: '/api/incidents',
    payload: { title: 'Workflow case' },
  });
  id = res.json<IncidentDetail>().incident.id;
});
afterAll(() => server.close());

const move = (role: 'analyst' | 'editor', to: string) =>
  server.as(role, { method: 'POST', url: `/api/incidents/${id}/transitions`, payload: { to } });

describe('incident workflow', () => {
  it('refuses a move the workflow does not allow with 409 invalid_transition', async () => {
    const res = await move('editor', 'published');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'invalid_transition',
      message: `incident ${id} cannot move from new to published`,
    });
    expect((await move('analyst', 'bogus')).statusCode).toBe(400);
  });

  it('walks new → in progress → needs review; only an editor verifies; then the record is sealed', async () => {
    expect((await move('analyst', 'in_progress')).json<IncidentDetail>().incident.status).toBe('in_progress');
    expect((await move('analyst', 'needs_review')).statusCode).toBe(200);
    const analystVerifies = await move('analyst', 'verified');
    expect(analystVerifies.statusCode).toBe(403);
    expect(analystVerifies.json()).toMatchObject({ code: 'forbidden' });
    const verified = await move('editor', 'verified');
    expect(verified.json<IncidentDetail>()).toMatchObject({ incident: { status: 'verified' } });
    const analystEdits = await server.as('analyst', {
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      payload: { title: 'x' },
    });
    expect(analystEdits.statusCode).toBe(403);
    const editorEdits = await server.as('editor', {
      method: 'PATCH',
      url: `/api/incidents/${id}`,
      payload: { title: 'Sealed, edited' },
    });
    expect(editorEdits.statusCode).toBe(200);
    expect((await move('editor', 'in_progress')).statusCode).toBe(200);
  });

  it('sets grades with a written reason and keeps every change', async () => {
    const put = (grade: string, reason: string) =>
      server.as('analyst', { method: 'PUT', url: `/api/incidents/${id}/grade`, payload: { grade, reason } });
    expect((await put('weak', 'one independent source')).statusCode).toBe(200);
    const second = await put('fair', 'satellite imagery matches');
    expect(second.json<IncidentDetail>().incident).toMatchObject({
      grade: 'fair',
      gradeReason: 'satellite imagery matches',
    });
    const noReason = await put('confirmed', '   ');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ issues: [{ path: ['reason'] }] });
    const history = await server.as('viewer', { method: 'GET', url: `/api/incidents/${id}/grades` });
    expect(
      history.json<{ items: { grade: string; previousGrade: string | null; actorId: string }[] }>().items,
    ).toEqual([
      expect.objectContaining({ grade: 'weak', previousGrade: null, actorId: server.users.analyst.id }),
      expect.objectContaining({ grade: 'fair', previousGrade: 'weak' }),
    ]);
  });

  it('assigns known users once and unassigns them', async () => {
    const assign = (userId: string) =>
      server.as('analyst', { method: 'POST', url: `/api/incidents/${id}/assignees`, payload: { userId } });
    expect((await assign(server.users.viewer.id)).json<IncidentDetail>().incident.assigneeIds).toEqual([
      server.users.viewer.id,
    ]);
    expect((await assign(server.users.viewer.id)).statusCode).toBe(409);
    expect((await assign('usr_nobody')).statusCode).toBe(404);
    const removed = await server.as('analyst', {
      method: 'DELETE',
      url: `/api/incidents/${id}/assignees/${server.users.viewer.id}`,
    });
    expect(removed.json<IncidentDetail>().incident.assigneeIds).toEqual([]);
  });

  it('shows the workflow in the activity feed, newest first', async () => {
    const feed = await server.as('viewer', { method: 'GET', url: `/api/incidents/${id}/activity` });
    const kinds = feed.json<{ items: { kind: string; text: string }[] }>().items.map((i) => i.kind);
    expect(kinds.at(-1)).toBe('created');
    expect(kinds.slice(0, 2)).toEqual(['unassigned', 'assigned']);
    expect(kinds.filter((k) => k === 'status')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'grade')).toHaveLength(2);
  });
});
