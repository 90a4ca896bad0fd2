import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';
import { aUser } from './incident-factories';

const codeOf = (err: unknown): string | undefined => (isDomainError(err) ? err.code : undefined);

export function accountContract(h: ContractHarness): void {
  describe('users, sessions and API tokens', () => {
    const t = useContractStore(h);

    it('creates users with unique names whatever their case, and finds them by name', async () => {
      const { store } = t();
      const amira = await store.users.create(aUser());
      expect(amira).toMatchObject({
        username: 'amira',
        role: 'analyst',
        disabled: false,
        totpEnabled: false,
      });
      expect(await store.users.get(amira.id)).toEqual(amira);
      expect(await store.users.getByUsername('AMIRA')).toEqual(amira);
      await expect(store.users.create(aUser({ username: 'Amira' }))).rejects.toSatisfy(
        (e) => codeOf(e) === 'conflict',
      );
      const sam = await store.users.create(aUser({ username: 'sam.o', email: null, role: 'editor' }));
      expect((await store.users.findByUsernames(['SAM.O', 'nobody', 'amira'])).map((u) => u.id)).toEqual([
        amira.id,
        sam.id,
      ]);
      expect((await store.users.list()).map((u) => u.username)).toEqual(['amira', 'sam.o']);
      expect(await store.users.count()).toBe(2);
    });

    it('refuses malformed users with the list of issues', async () => {
      const { store } = t();
      await expect(
        store.users.create(aUser({ username: '-bad name', role: 'root' as never, passwordHash: 'plain' })),
      ).rejects.toSatisfy(
        (e) =>
          isDomainError(e) &&
          e.code === 'validation_failed' &&
          (e.issues ?? []).map((i) => i.path[0]).join() === 'username,role,passwordHash',
      );
    });

    it('changes role, disables, and keeps credentials apart from the profile', async () => {
      const { store } = t();
      const user = await store.users.create(aUser());
      expect((await store.users.setRole(user.id, 'editor')).role).toBe('editor');
      expect((await store.users.setDisabled(user.id, true)).disabled).toBe(true);
      await expect(store.users.setRole('usr_missing', 'admin')).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
      expect(await store.users.get(user.id)).not.toHaveProperty('passwordHash');
      const newHash = '$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaG5ld2hhc2huZXdoYXNobmV3aGFzaA';
      await store.users.setPasswordHash(user.id, newHash);
      expect(await store.users.getCredentials(user.id)).toEqual({
        userId: user.id,
        passwordHash: newHash,
        totpSecret: null,
        totpEnabled: false,
        totpLastStep: null,
      });
    });

    it('enrols a TOTP secret and accepts each time step only once', async () => {
      const { store } = t();
      const user = await store.users.create(aUser());
      await store.users.setTotp(user.id, 'JBSWY3DPEHPK3PXP', false);
      expect(await store.users.getCredentials(user.id)).toMatchObject({
        totpSecret: 'JBSWY3DPEHPK3PXP',
        totpEnabled: false,
      });
      await store.users.setTotp(user.id, 'JBSWY3DPEHPK3PXP', true);
      expect((await store.users.get(user.id))?.totpEnabled).toBe(true);
      expect(await store.users.useTotpStep(user.id, 100)).toBe(true);
      expect(await store.users.useTotpStep(user.id, 100)).toBe(false);
      expect(await store.users.useTotpStep(user.id, 99)).toBe(false);
      expect(await store.users.useTotpStep(user.id, 101)).toBe(true);
      expect((await store.users.getCredentials(user.id))?.totpLastStep).toBe(101);
    });

    it('stores sessions by id hash, and ends them one, per user, or when expired', async () => {
      const { store, clock } = t();
      const user = await store.users.create(aUser());
      const other = await store.users.create(aUser({ username: 'sam' }));
      const expiresAt = new Date(clock.now().getTime() + 3_600_000);
      const s1 = await store.sessions.create({ idHash: 'h1', userId: user.id, csrfHash: 'c1', expiresAt });
      await store.sessions.create({ idHash: 'h2', userId: user.id, csrfHash: 'c2', expiresAt });
      await store.sessions.create({ idHash: 'h3', userId: other.id, csrfHash: 'c3', expiresAt: clock.now() });
      expect(await store.sessions.get('h1')).toEqual(s1);
      await store.sessions.delete('h1');
      expect(await store.sessions.get('h1')).toBeNull();
      expect(await store.sessions.deleteExpired(clock.now())).toBe(1);
      expect(await store.sessions.deleteForUser(user.id)).toBe(1);
      expect(await store.sessions.get('h2')).toBeNull();
      await expect(
        store.sessions.create({ idHash: 'h4', userId: 'usr_missing', csrfHash: 'c', expiresAt }),
      ).rejects.toSatisfy((e) => codeOf(e) === 'not_found');
    });

    it('stores API tokens by hash, lists them newest first, revokes and touches them', async () => {
      const { store, clock } = t();
      const user = await store.users.create(aUser());
      const first = await store.apiTokens.create({
        userId: user.id,
        name: 'import script',
        tokenHash: 'th1',
      });
      clock.advance(1_000);
      const second = await store.apiTokens.create({ userId: user.id, name: 'backup', tokenHash: 'th2' });
      expect(await store.apiTokens.getByHash('th1')).toEqual(first);
      expect((await store.apiTokens.listByUser(user.id)).map((k) => k.id)).toEqual([second.id, first.id]);
      clock.advance(1_000);
      await store.apiTokens.touch(first.id, clock.now());
      await store.apiTokens.revoke(first.id);
      const read = await store.apiTokens.get(first.id);
      expect(read?.lastUsedAt?.toISOString()).toBe(clock.now().toISOString());
      expect(read?.revokedAt?.toISOString()).toBe(clock.now().toISOString());
      expect(await store.apiTokens.getByHash('nope')).toBeNull();
    });
  });
}
