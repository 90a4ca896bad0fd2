import {
  effectiveFacts,
  gradeInputFromReconciliation,
  normaliseName,
  reconcileClaims,
  suggestGrade,
  type Document,
  type ReconcileInput,
  type Repositories,
  type Source,
  type StoredReconciliation,
} from '@corroborate/core';

/** Documents by id, each read once. */
const documentsOf = async (repos: Repositories, ids: string[]): Promise<Map<string, Document>> => {
  const docs = new Map<string, Document>();
  for (const id of new Set(ids)) {
    const doc = await repos.documents.get(id);
    if (doc) docs.set(id, doc);
  }
  return docs;
};

/**
 * Recomputes an incident's reconciliation from its linked claims with the core rules, and stores it
 * (with the grade suggestion) as a new record: call it inside the transaction that changed the links.
 * A claimant is weighed by the registered source of the same name (e.g. "Human Rights Watch" → ngo).
 */
export const recomputeReconciliation = async (
  repos: Repositories,
  incidentId: string,
): Promise<StoredReconciliation> => {
  // Held until commit: a concurrent change to the links reads the claims after this one commits.
  await repos.incidents.getForUpdate(incidentId);
  const claims = await repos.claims.listByIncident(incidentId);
  const docs = await documentsOf(
    repos,
    claims.map((c) => c.documentId),
  );
  const sources = await repos.sources.list();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byName = new Map<string, Source>(sources.map((s) => [normaliseName(s.name), s]));
  const inputs: ReconcileInput[] = claims.flatMap((claim) => {
    const doc = docs.get(claim.documentId);
    if (!doc) return [];
    const facts = effectiveFacts(claim);
    const publisher = doc.sourceId === null ? undefined : byId.get(doc.sourceId);
    const claimant = facts.claimant === null ? undefined : byName.get(normaliseName(facts.claimant));
    return [
      {
        claimId: claim.id,
        facts,
        review: claim.review,
        document: { id: doc.id, publishedAt: doc.publishedAt, url: doc.url, title: doc.title },
        source: publisher ? { name: publisher.name, kind: publisher.kind } : null,
        claimantKind: claimant?.kind ?? null,
      },
    ];
  });
  const events = reconcileClaims(inputs);
  const media = await repos.mediaLinks.listByIncident(incidentId);
  return repos.reconciliations.save({
    incidentId,
    events,
    explanation: events.map((e) => e.explanation).join('\n'),
    ruleIds: [...new Set(events.flatMap((e) => e.ruleIds))].sort(),
    suggestion: suggestGrade(gradeInputFromReconciliation(events, media.length)),
    claimCount: claims.length,
  });
};
