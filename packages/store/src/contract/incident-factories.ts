import type { NewIncident, NewUser } from '@corroborate/core';

/** A NewIncident in Tikrit on 12 June 2014; overrides win. */
export const anIncident = (overrides: Partial<NewIncident> = {}): NewIncident => ({
  title: 'Cadets killed at Camp Speicher',
  place: {
    name: 'Tikrit',
    geonameId: 99_131,
    country: 'IQ',
    admin1: 'Salah ad Din',
    lat: 34.6,
    lon: 43.68,
    precision: 'locality',
  },
  dateFrom: '2014-06-12',
  dateTo: '2014-06-12',
  datePrecision: 'day',
  eventKinds: ['killed'],
  perpetrators: ['ISIS'],
  victimTypes: ['security_forces'],
  ...overrides,
});

// A syntactically valid argon2id PHC string: the store checks the shape, never the hash.
const PHC = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA';

/** A NewUser; overrides win. */
export const aUser = (overrides: Partial<NewUser> = {}): NewUser => ({
  username: 'amira',
  displayName: 'Amira K.',
  email: 'amira@example.org',
  role: 'analyst',
  passwordHash: PHC,
  ...overrides,
});
