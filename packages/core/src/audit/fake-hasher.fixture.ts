import type { Hasher } from '../ports/hasher.port';

/**
 * A deterministic stand-in for SHA-256 in unit tests (core stays free of node:crypto):
 * four FNV-1a passes with different seeds give 64 hex chars that change with any input change.
 */
export const fakeHasher: Hasher = {
  sha256(data) {
    const text = typeof data === 'string' ? data : Array.from(data, (b) => String.fromCharCode(b)).join('');
    return [0x811c9dc5, 0x01000193, 0xdeadbeef, 0x12345678]
      .map((seed) => {
        let h = seed >>> 0;
        for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
        const lo = h.toString(16).padStart(8, '0');
        const hi = Math.imul(h ^ 0x5bd1e995, 0x27d4eb2d) >>> 0;
        return `${lo}${hi.toString(16).padStart(8, '0')}`;
      })
      .join('');
  },
};
