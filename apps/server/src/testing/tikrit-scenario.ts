import type { Claim } from '@corroborate/core';
import { documentWithClaims, facts, type TestServer } from './server-test-kit';

/** Three short reports of one (invented-for-tests) event and the claims extraction would give. */
export interface TikritClaims {
  selfClaim: Claim;
  ngoCount: Claim;
  repeat: Claim;
}

/**
 * Registers ISIS (perpetrator-affiliated) and Human Rights Watch (NGO) as sources through the API,
 * and stores three reports: ISIS claims 1,700 killed (2014-06-14), HRW counts 560–770 (2014-06-27),
 * a wire story repeats the ISIS figure (2014-06-15).
 */
export const seedTikrit = async (server: TestServer): Promise<TikritClaims> => {
  for (const [name, kind] of [
    ['ISIS', 'perpetrator_affiliated'],
    ['Human Rights Watch', 'ngo'],
  ])
    await server.as('analyst', { method: 'POST', url: '/api/sources', payload: { name, kind } });
  const [selfClaim] = await documentWithClaims(
    server.store,
    'ISIS said its fighters killed 1,700 soldiers near Tikrit.',
    '2014-06-14',
    [facts(1700, 1700, { claimant: 'ISIS', perpetrator: 'ISIS' })],
  );
  const [ngoCount] = await documentWithClaims(
    server.store,
    'Human Rights Watch counted between 560 and 770 men killed in Tikrit.',
    '2014-06-27',
    [
      facts(560, 770, {
        claimant: 'Human Rights Watch',
        perpetrator: 'ISIS',
        victims: { text: 'men', type: 'people' },
      }),
    ],
  );
  const [repeat] = await documentWithClaims(
    server.store,
    'Wire: ISIS says it killed 1,700 Iraqi soldiers in Tikrit.',
    '2014-06-15',
    [facts(1700, 1700, { claimant: 'ISIS' })],
  );
  return { selfClaim: selfClaim!, ngoCount: ngoCount!, repeat: repeat! };
};
