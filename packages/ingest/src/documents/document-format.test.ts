import { describe, expect, it } from 'vitest';
import { extensionOf, formatOf as sut, looksLikeHtml } from './document-format';

describe('formatOf', () => {
  it.each([
    ['a.html', undefined, 'html'],
    ['a.HTM', undefined, 'html'],
    ['notes.md', undefined, 'markdown'],
    ['feed.ndjson', undefined, 'jsonl'],
    ['a.txt', undefined, 'text'],
    ['README', undefined, 'text'],
    ['data.csv', undefined, 'text'],
    ['photo.JPG', undefined, 'media'],
    ['clip.mp4', undefined, 'not_document'],
    ['report.pdf', undefined, 'not_document'],
    ['https://x.test/story', 'text/html; charset=utf-8', 'html'],
    ['https://x.test/story.txt', 'text/html', 'html'],
    ['https://x.test/notes.md', 'text/plain', 'markdown'],
    ['https://x.test/feed', 'application/x-ndjson', 'jsonl'],
    ['https://x.test/p', 'image/png', 'media'],
    ['https://x.test/v', 'video/mp4', 'not_document'],
    ['https://x.test/f', 'application/pdf', 'not_document'],
    ['https://x.test/f.md', 'application/octet-stream', 'markdown'],
    ['https://x.test/api', 'application/json', 'text'],
  ])('%s (%s) → %s', (name, type, expected) => {
    expect(sut(name, type)).toBe(expected);
  });
});

describe('extensionOf', () => {
  it('lower-cases and treats dotfiles as having no extension', () => {
    expect(extensionOf('dir.v2/File.TXT')).toBe('txt');
    expect(extensionOf('.env')).toBe('');
    expect(extensionOf('Makefile')).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('spots a doctype or <html> start', () => {
    expect(looksLikeHtml(Buffer.from('\ufeff  <!DOCTYPE html><p>x'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('<html lang="en">'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('I wrote <html> in a sentence'))).toBe(false);
  });
});
