import { describe, expect, it } from 'vitest';
import { victimsCompatible, victimTypesCompatible } from './victim-compat';

describe('victim compatibility', () => {
  it('keeps civilians and armed people apart', () => {
    expect(victimTypesCompatible('children', 'combatants')).toBe(false);
    expect(victimTypesCompatible('security_forces', 'civilians')).toBe(false);
  });
  it('matches within a group and lets people and prisoners fit anyone', () => {
    expect(victimTypesCompatible('women', 'civilians')).toBe(true);
    expect(victimTypesCompatible('combatants', 'security_forces')).toBe(true);
    expect(victimTypesCompatible('prisoners', 'security_forces')).toBe(true);
    expect(victimTypesCompatible('people', 'children')).toBe(true);
  });
  it('is unknown when either side is, and true if any incident type fits', () => {
    expect(victimsCompatible(null, ['civilians'])).toBeNull();
    expect(victimsCompatible('children', [])).toBeNull();
    expect(victimsCompatible('children', ['combatants', 'civilians'])).toBe(true);
    expect(victimsCompatible('children', ['combatants'])).toBe(false);
  });
});
