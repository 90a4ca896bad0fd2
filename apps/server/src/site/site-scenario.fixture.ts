import type { Role } from '@corroborate/core';
import type { TestServer } from '../testing/server-test-kit';
import { seedTikrit } from '../testing/tikrit-scenario';

const call = async (server: TestServer, role: Role, method: 'POST' | 'PUT', url: string, payload: object) => {
  const res = await server.as(role, { method, url, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown>>();
};

/**
 * An incident built from the Tikrit reports through the API, graded and verified by an editor,
 * then published with the given headline. Returns the incident id and the assessment.
 */
export const publishedTikrit = async (
  server: TestServer,
  publish: {
    headline: string;
    claimReviewed: string;
    tags?: string[];
    moderation?: 'pre' | 'post';
    title?: string;
  },
): Promise<{ incidentId: string; assessmentId: string; slug: string }> => {
  const claims = await seedTikrit(server);
  const detail = await call(server, 'analyst', 'POST', '/api/incidents/from-claim', {
    claimId: claims.selfClaim.id,
  });
  const incidentId = (detail.incident as { id: string }).id;
  for (const claim of [claims.ngoCount, claims.repeat])
    await call(server, 'analyst', 'POST', `/api/incidents/${incidentId}/claims`, { claimId: claim.id });
  if (publish.title !== undefined) {
    const incident = await server.store.incidents.get(incidentId);
    if (incident) await server.store.incidents.update({ ...incident, title: publish.title });
  }
  await call(server, 'analyst', 'PUT', `/api/incidents/${incidentId}/grade`, {
    grade: 'fair',
    reason: 'Independent count by HRW; the 1,700 figure is a self-claim',
  });
  for (const [role, to] of [
    ['analyst', 'in_progress'],
    ['analyst', 'needs_review'],
    ['editor', 'verified'],
  ] as const)
    await call(server, role, 'POST', `/api/incidents/${incidentId}/transitions`, { to });
  const { tags, moderation, headline, claimReviewed } = publish;
  const a = await call(server, 'editor', 'POST', `/api/incidents/${incidentId}/publish`, {
    headline,
    claimReviewed,
    ...(tags ? { tags } : {}),
    ...(moderation ? { moderation } : {}),
  });
  return { incidentId, assessmentId: a.id as string, slug: a.slug as string };
};
