import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose, type AppContext } from '../../apps/cli/src/compose';
import { buildServer } from '@corroborate/server';
import { ingestInputs } from '@corroborate/ingest';
import { drainJobs } from '@corroborate/store';
import { pgAvailability } from '../../packages/store/src/contract/pg-availability';
import { runCli } from '../support/cli';
import { postgresDatabase, sqliteDatabase, type FlowDatabase } from './incident-flow.engines';
import { EXPECTED_EXPLANATION, writeReports } from './incident-flow.reports';

const PASSWORD = 'a long analyst passphrase';

interface Detail {
  incident: { id: string; status: string };
  reconciliation: {
    events: {
      event: string;
      min: number;
      max: number;
      lines: {
        sourceClass: string;
        speaker: string;
        min: number;
        max: number;
        repeatCount: number;
        counted: boolean;
      }[];
      chains: { first: { publisher: string }; repeats: { publisher: string; published: string }[] }[];
      explanation: string;
      flags: string[];
    }[];
    suggestion: { grade: string; ruleId: string; reasons: string[] };
  };
}

/**
 * The acceptance flow of the incidents issue, on one engine: real ingest and extraction, an analyst
 * signed in with a session cookie driving the API, the stored reconciliation, the audit trail, and
 * `corroborate verify` (a real process) before and after an audit row is edited in the database.
 */
const incidentFlow = (makeDatabase: () => Promise<FlowDatabase>) => {
  let db: FlowDatabase;
  let workDir: string;
  let app: AppContext;
  let server: FastifyInstance;
  let session: { cookie: string; csrf: string };
  let analystId: string;
  let incidentId: string;
  const docIds: Record<string, string> = {};
  const claimIds: Record<string, string> = {};

  /** As the signed-in analyst: the session cookie, and the CSRF token on unsafe requests. */
  const api = (o: InjectOptions) =>
    server.inject({
      ...o,
      headers: { cookie: session.cookie, ...(o.method === 'GET' ? {} : { 'x-csrf-token': session.csrf }) },
    });

  beforeAll(async () => {
    db = await makeDatabase();
    workDir = await mkdtemp(join(tmpdir(), 'corroborate-e2e-reports-'));
    app = await compose(db.url);
    const added = await runCli(
      ['user', 'add', 'amira', '--role', 'analyst', '--password-stdin', '--db', db.url],
      {
        input: `${PASSWORD}\n`,
      },
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    analystId = /\((usr_\w+)\)/.exec(added.stdout)?.[1] ?? '';
    server = await buildServer({
      store: app.store,
      version: 'e2e',
      clock: app.clock,
      ids: app.ids,
      hasher: app.hasher,
    });
  });

  afterAll(async () => {
    await server?.close();
    await app?.close();
    await db?.dispose();
    await rm(workDir, { recursive: true, force: true });
  });

  it('ingests three reports and extracts one claim from each (real ingest use case and job)', async () => {
    const summary = await ingestInputs([await writeReports(workDir)], app, { allowPrivate: false });
    expect(summary).toMatchObject({ stored: 3, failed: [] });
    const drained = await drainJobs({
      store: app.store,
      handlers: app.handlers,
      clock: app.clock,
      workerId: 'e2e',
    });
    expect(drained).toMatchObject({ done: 3, failed: 0 });
    for await (const doc of app.store.documents.iterate()) {
      const key = basename(doc.fileName ?? '').slice(0, 2);
      docIds[key] = doc.id;
      const claims = await app.store.claims.listByDocument(doc.id);
      expect(claims).toHaveLength(1);
      claimIds[key] = claims[0]!.id;
    }
    expect(Object.keys(docIds).sort()).toEqual(['01', '02', '03']);
  });

  it('signs the analyst in with a session cookie', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'amira', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'corroborate_session');
    expect(cookie?.httpOnly).toBe(true);
    session = {
      cookie: `corroborate_session=${cookie?.value ?? ''}`,
      csrf: res.json<{ csrfToken: string }>().csrfToken,
    };
  });

  it('registers who published and who speaks, then links the three claims to one incident', async () => {
    const sources: Record<string, string> = {};
    for (const [name, kind] of [
      ['ISIS', 'perpetrator_affiliated'],
      ['Human Rights Watch', 'ngo'],
      ['Wire Daily', 'media'],
    ]) {
      const res = await api({ method: 'POST', url: '/api/sources', payload: { name, kind } });
      expect(res.statusCode).toBe(201);
      sources[name!] = res.json<{ id: string }>().id;
    }
    for (const [doc, source] of [
      ['01', 'ISIS'],
      ['02', 'Human Rights Watch'],
      ['03', 'Wire Daily'],
    ] as const) {
      const res = await api({
        method: 'PUT',
        url: `/api/documents/${docIds[doc]}/source`,
        payload: { sourceId: sources[source] },
      });
      expect(res.statusCode).toBe(204);
    }
    const created = await api({
      method: 'POST',
      url: '/api/incidents/from-claim',
      payload: { claimId: claimIds['02'] },
    });
    expect(created.statusCode).toBe(201);
    incidentId = created.json<Detail>().incident.id;
    for (const doc of ['01', '03']) {
      const res = await api({
        method: 'POST',
        url: `/api/incidents/${incidentId}/claims`,
        payload: { claimId: claimIds[doc] },
      });
      expect(res.statusCode).toBe(200);
    }
  });

  it('gets the range 560–1,700 with the self-claim line apart, the repeat counted once, explained and graded', async () => {
    const res = await api({ method: 'GET', url: `/api/incidents/${incidentId}` });
    const { reconciliation } = res.json<Detail>();
    expect(reconciliation.events).toHaveLength(1);
    const killed = reconciliation.events[0]!;
    expect([killed.event, killed.min, killed.max]).toEqual(['killed', 560, 1700]);
    expect(
      killed.lines.map((l) => [l.sourceClass, l.speaker, l.min, l.max, l.repeatCount, l.counted]),
    ).toEqual([
      ['self_claim', 'ISIS', 1700, 1700, 1, true],
      ['independent', 'Human Rights Watch', 560, 770, 0, true],
    ]);
    expect(killed.chains).toEqual([
      expect.objectContaining({
        first: expect.objectContaining({ publisher: 'ISIS' }),
        repeats: [expect.objectContaining({ publisher: 'Wire Daily', published: '2014-06-15' })],
      }),
    ]);
    expect(killed.flags).toEqual(['max_from_self_claim']);
    expect(killed.explanation).toBe(EXPECTED_EXPLANATION);
    expect(reconciliation.suggestion).toMatchObject({ grade: 'weak', ruleId: 'G6-single-source' });
    expect(reconciliation.suggestion.reasons).toContain('1 perpetrator self-claim(s): ISIS');
  });

  it('grades it with a reason, and keeps an audit trail of every step, signed by the analyst', async () => {
    const graded = await api({
      method: 'PUT',
      url: `/api/incidents/${incidentId}/grade`,
      payload: { grade: 'weak', reason: 'One independent count; the higher figure is a perpetrator claim.' },
    });
    expect(graded.statusCode).toBe(200);
    const trail = async (entity: string) =>
      (await api({ method: 'GET', url: `/api/audit?entity=${entity}` })).json<{
        items: { action: string; actorId: string; hash: string }[];
      }>().items;
    const incident = await trail(`incident:${incidentId}`);
    expect(incident.map((e) => e.action)).toEqual([
      'incident.create',
      'incident.link_claim',
      'incident.link_claim',
      'incident.link_claim',
      'incident.grade',
    ]);
    expect((await trail('source')).map((e) => e.action)).toEqual([
      'source.create',
      'source.create',
      'source.create',
    ]);
    expect((await trail('document')).map((e) => e.action)).toEqual(Array(3).fill('document.set_source'));
    const steps = [...incident, ...(await trail('source')), ...(await trail('document'))];
    expect(new Set(steps.map((e) => e.actorId))).toEqual(new Set([analystId]));
  });

  it('`corroborate verify` finds the audit chain and document texts intact', async () => {
    const entries = [];
    for await (const e of app.store.audit.iterate()) entries.push(e);
    const res = await runCli(['verify', '--db', db.url]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      `audit chain ok: ${entries.length} entries, last hash ${entries.at(-1)!.hash}`,
    );
    expect(res.stdout).toContain('documents ok: 3 texts match their SHA-256');
  });

  it('`corroborate verify` names an audit row edited directly in the database, and exits 1', async () => {
    const entries = [];
    for await (const e of app.store.audit.iterate()) entries.push(e);
    const link = entries.find((e) => e.action === 'incident.link_claim')!;
    await db.forgeAuditEntry(link.seq, JSON.stringify({ claimId: 'clm_forged' }));
    const res = await runCli(['verify', '--db', db.url]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`seq ${link.seq}: hash mismatch`);
    // Put the entry back exactly as hashed: the chain verifies again.
    await db.forgeAuditEntry(link.seq, JSON.stringify(link.after));
    expect((await runCli(['verify', '--db', db.url])).code).toBe(0);
  });

  it('`corroborate verify` names a document whose text no longer matches its SHA-256', async () => {
    await db.editDocumentText(docIds['02']!, 'Human Rights Watch said that 56 men were killed.');
    const res = await runCli(['verify', '--db', db.url]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`document ${docIds['02']}: text does not match its SHA-256`);
  });
};

describe('incident flow on SQLite', () => {
  incidentFlow(sqliteDatabase);
});

const pg = pgAvailability();
if ('url' in pg) {
  const url = pg.url;
  describe('incident flow on PostgreSQL', () => {
    incidentFlow(() => postgresDatabase(url));
  });
} else if ('fail' in pg) {
  describe('incident flow on PostgreSQL', () => {
    it('needs a database in CI', () => {
      throw new Error(pg.fail);
    });
  });
} else {
  describe.skip(`incident flow on PostgreSQL (skipped: ${pg.skip})`, () => {
    it('runs the whole flow', () => undefined);
  });
}
