import { isDomainError, type Incident } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';
import { anIncident } from './incident-factories';

const codeOf = (err: unknown): string | undefined => (isDomainError(err) ? err.code : undefined);
const ids = (items: Incident[]): string[] => items.map((i) => i.id);

export function incidentContract(h: ContractHarness): void {
  describe('incidents', () => {
    const t = useContractStore(h);

    it('stores an incident with defaults and reads it back field for field', async () => {
      const { store } = t();
      const created = await store.incidents.create(anIncident());
      expect(created).toMatchObject({ status: 'new', grade: null, assigneeIds: [], mergedIntoId: null });
      expect(created.id).toMatch(/^inc_/);
      expect(await store.incidents.get(created.id)).toEqual(created);
      expect(await store.incidents.get('inc_missing')).toBeNull();
    });

    it('takes a given id once, and refuses it the second time', async () => {
      const { store } = t();
      await store.incidents.create(anIncident(), { id: 'inc_given' });
      expect(await store.incidents.get('inc_given')).not.toBeNull();
      await expect(store.incidents.create(anIncident(), { id: 'inc_given' })).rejects.toSatisfy(
        (e) => codeOf(e) === 'conflict',
      );
    });

    it('updates every field and stamps updatedAt from the store clock', async () => {
      const { store, clock } = t();
      const created = await store.incidents.create(anIncident());
      clock.advance(60_000);
      const changed: Incident = {
        ...created,
        title: 'Renamed',
        place: null,
        dateFrom: '2014-06-11',
        datePrecision: 'week',
        eventKinds: ['killed', 'injured'],
        status: 'in_progress',
        grade: 'fair',
        gradeReason: 'two sources',
        assigneeIds: ['usr_1'],
      };
      const updated = await store.incidents.update(changed);
      expect(updated.updatedAt.getTime() - created.updatedAt.getTime()).toBe(60_000);
      expect(await store.incidents.get(created.id)).toEqual({ ...changed, updatedAt: updated.updatedAt });
      await expect(store.incidents.update({ ...changed, id: 'inc_missing' })).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
    });

    it('refuses unknown statuses, impossible days and coordinates with the list of issues', async () => {
      const { store } = t();
      const bad = anIncident({ status: 'bogus' as never, dateFrom: '2014-02-30', place: null });
      await expect(store.incidents.create(bad)).rejects.toSatisfy(
        (e) =>
          isDomainError(e) &&
          e.code === 'validation_failed' &&
          (e.issues ?? []).map((i) => i.path[0]).join() === 'status,dateFrom',
      );
      const far = anIncident({ place: { ...anIncident().place!, lat: 91 } });
      await expect(store.incidents.create(far)).rejects.toSatisfy((e) => codeOf(e) === 'validation_failed');
    });

    it('lists newest first with a cursor that walks every page once', async () => {
      const { store, clock } = t();
      const made: string[] = [];
      for (let i = 0; i < 5; i++) {
        clock.advance(1_000);
        made.push((await store.incidents.create(anIncident({ title: `incident ${i}` }))).id);
      }
      const first = await store.incidents.list({ limit: 2 });
      const second = await store.incidents.list({ limit: 2, cursor: first.nextCursor });
      const third = await store.incidents.list({ limit: 2, cursor: second.nextCursor });
      expect([...ids(first.items), ...ids(second.items), ...ids(third.items)]).toEqual([...made].reverse());
      expect(third.nextCursor).toBeNull();
      await expect(store.incidents.list({ limit: 2, cursor: 'nonsense' })).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
    });

    it('filters by status, grade, kind, text and overlapping dates', async () => {
      const { store } = t();
      const a = await store.incidents.create(
        anIncident({ title: 'Market bombing in Mosul', status: 'verified' }),
      );
      const b = await store.incidents.create(
        anIncident({
          title: 'Shelling',
          eventKinds: ['injured'],
          grade: 'weak',
          dateFrom: '2014-07-01',
          dateTo: '2014-07-03',
        }),
      );
      const c = await store.incidents.create(
        anIncident({ title: 'Café strike', dateFrom: null, dateTo: null }),
      );
      const page = async (q: Partial<Parameters<typeof store.incidents.list>[0]>) =>
        ids((await store.incidents.list({ limit: 50, ...q })).items).sort();
      expect(await page({ status: 'verified' })).toEqual([a.id]);
      expect(await page({ grade: 'weak' })).toEqual([b.id]);
      expect(await page({ kind: 'injured' })).toEqual([b.id]);
      expect(await page({ kind: 'killed' })).toEqual([a.id, c.id].sort());
      expect(await page({ text: 'MOSUL market' })).toEqual([a.id]);
      // Folded like names: "cafe" finds "Café"; the place name counts; every word must appear.
      expect(await page({ text: 'cafe' })).toEqual([c.id]);
      expect(await page({ text: 'tikrit mosul' })).toEqual([a.id]);
      expect(await page({ text: 'mosul shelling' })).toEqual([]);
      expect(await page({ dateFrom: '2014-07-02', dateTo: '2014-07-30' })).toEqual([b.id]);
      expect(await page({ dateTo: '2014-06-12' })).toEqual([a.id]);
    });

    it('filters by distance from a point, by great-circle distance not just a box', async () => {
      const { store } = t();
      const place = anIncident().place!;
      const tikrit = await store.incidents.create(anIncident());
      // Samarra is ~55 km south-east of Tikrit; Baghdad ~160 km.
      const samarra = await store.incidents.create(
        anIncident({ place: { ...place, name: 'Samarra', geonameId: 1, lat: 34.1959, lon: 43.8857 } }),
      );
      await store.incidents.create(
        anIncident({ place: { ...place, name: 'Baghdad', geonameId: 2, lat: 33.3406, lon: 44.4009 } }),
      );
      await store.incidents.create(anIncident({ place: null }));
      const near = async (km: number) =>
        ids((await store.incidents.list({ limit: 50, near: { lat: 34.6, lon: 43.68, km } })).items).sort();
      expect(await near(10)).toEqual([tikrit.id]);
      expect(await near(60)).toEqual([tikrit.id, samarra.id].sort());
      expect(await near(200)).toHaveLength(3);
    });

    it('keeps a merged incident readable but out of lists, counts and candidates', async () => {
      const { store } = t();
      const survivor = await store.incidents.create(anIncident());
      const retired = await store.incidents.create(anIncident());
      await store.incidents.markMerged(retired.id, survivor.id);
      expect((await store.incidents.get(retired.id))?.mergedIntoId).toBe(survivor.id);
      expect(ids((await store.incidents.list({ limit: 10 })).items)).toEqual([survivor.id]);
      expect(await store.incidents.count()).toBe(1);
      expect(
        ids(await store.incidents.candidates({ dateFrom: '2014-06-01', dateTo: '2014-06-30', limit: 10 })),
      ).toEqual([survivor.id]);
      await expect(store.incidents.markMerged('inc_missing', survivor.id)).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
    });

    it('finds candidates by dates, a box around a point, or the region', async () => {
      const { store } = t();
      const place = anIncident().place!;
      const dated = await store.incidents.create(anIncident({ place: null }));
      const boxed = await store.incidents.create(anIncident({ dateFrom: null, dateTo: null }));
      const regional = await store.incidents.create(
        anIncident({ dateFrom: null, dateTo: null, place: { ...place, lat: null, lon: null } }),
      );
      const sorted = async (q: Parameters<typeof store.incidents.candidates>[0]) =>
        ids(await store.incidents.candidates(q)).sort();
      expect(await sorted({ dateFrom: '2014-06-11', dateTo: '2014-06-13', limit: 10 })).toEqual([dated.id]);
      expect(await sorted({ box: { minLat: 34, maxLat: 35, minLon: 43, maxLon: 44 }, limit: 10 })).toEqual([
        boxed.id,
      ]);
      expect(await sorted({ region: { country: 'IQ', admin1: 'Salah ad Din' }, limit: 10 })).toEqual(
        [boxed.id, regional.id].sort(),
      );
      expect(await store.incidents.candidates({ limit: 10 })).toEqual([]);
    });

    it('applies concurrent read-modify-write changes to one incident in turn when read for update', async () => {
      const { store } = t();
      const incident = await store.incidents.create(anIncident());
      const change = (patch: Partial<Incident>) =>
        store.transaction(async (tx) => {
          const current = await tx.incidents.getForUpdate(incident.id);
          await new Promise((r) => setTimeout(r, 20));
          await tx.incidents.update({ ...current!, ...patch });
        });
      await Promise.all([change({ title: 'Renamed' }), change({ assigneeIds: ['usr_1'] })]);
      expect(await store.incidents.get(incident.id)).toMatchObject({
        title: 'Renamed',
        assigneeIds: ['usr_1'],
      });
      expect(await store.transaction((tx) => tx.incidents.getForUpdate('inc_missing'))).toBeNull();
    });

    it('keeps every grade change, oldest first', async () => {
      const { store, clock } = t();
      const incident = await store.incidents.create(anIncident());
      await store.incidents.addGradeChange({
        incidentId: incident.id,
        grade: 'weak',
        reason: 'one source',
        previousGrade: null,
        actorId: 'usr_1',
      });
      clock.advance(1_000);
      await store.incidents.addGradeChange({
        incidentId: incident.id,
        grade: 'fair',
        reason: 'a second source',
        previousGrade: 'weak',
        actorId: 'usr_2',
      });
      const history = await store.incidents.gradeHistory(incident.id);
      expect(history.map((g) => [g.grade, g.previousGrade, g.reason, g.actorId])).toEqual([
        ['weak', null, 'one source', 'usr_1'],
        ['fair', 'weak', 'a second source', 'usr_2'],
      ]);
      await expect(
        store.incidents.addGradeChange({ ...history[0]!, incidentId: 'inc_missing' }),
      ).rejects.toSatisfy((e) => codeOf(e) === 'not_found');
    });

    it('keeps incident days as the same YYYY-MM-DD text in a non-UTC zone', async () => {
      const { store, sql } = t();
      const created = await store.incidents.create(
        anIncident({ dateFrom: '2014-06-12', dateTo: '2014-06-13' }),
      );
      expect(await store.incidents.get(created.id)).toMatchObject({
        dateFrom: '2014-06-12',
        dateTo: '2014-06-13',
      });
      const rows = await sql(`SELECT date_from, date_to FROM incidents`);
      expect(rows).toEqual([{ date_from: '2014-06-12', date_to: '2014-06-13' }]);
    });
  });
}
