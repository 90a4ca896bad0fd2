import { describe, expect, it } from 'vitest';
import { parseDocument as sut } from './parse-document';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('parseDocument', () => {
  it('routes by format', () => {
    expect(sut(enc('# T\n\n*x*'), { name: 'a.md' }, 'markdown').text).toBe('T\n\nx');
    expect(sut(enc('# T\n\n*x*'), { name: 'a.txt' }, 'text').text).toBe('# T\n\n*x*');
  });

  it('reads text that is really an HTML page as HTML', () => {
    const doc = sut(
      enc('<!doctype html><html lang="fr"><body><p>Bonjour</p></body></html>'),
      { name: 'page' },
      'text',
    );
    expect(doc).toMatchObject({ kind: 'article', text: 'Bonjour', language: 'fr' });
  });

  it('passes domain errors through with their code', () => {
    expect(() => sut(enc(''), { name: 'e.md' }, 'markdown')).toThrow(
      expect.objectContaining({ code: 'empty_input' }),
    );
  });
});
