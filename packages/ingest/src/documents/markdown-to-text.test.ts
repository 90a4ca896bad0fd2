import { describe, expect, it } from 'vitest';
import { markdownToText as sut } from './markdown-to-text';

describe('markdownToText', () => {
  it('strips headings, lists and quotes, keeping paragraphs', () => {
    const md =
      '# Attack on *Tikrit*\n\nIntro line.\n\n- one\n- two\n1. first\n\n> quoted **text**\n> > nested';
    expect(sut(md)).toEqual({
      text: 'Attack on Tikrit\n\nIntro line.\n\none\ntwo\nfirst\n\nquoted text\nnested',
      firstHeading: 'Attack on Tikrit',
    });
  });

  it('keeps code fence contents verbatim and drops the fences', () => {
    const md = 'Before\n\n```js\nconst x = **1**;\n```\n~~~\nraw _text_\n~~~\nAfter';
    expect(sut(md).text).toBe('Before\n\nconst x = **1**;\nraw _text_\nAfter');
  });

  it('reads setext headings and drops rules, reference definitions and table separators', () => {
    const md =
      'Report\n======\n\ntext\n\n***\n\n[1]: https://x.test\n| town | dead |\n|---|---:|\n| Mosul | 12 |';
    expect(sut(md)).toEqual({ text: 'Report\n\ntext\n\ntown\tdead\n\nMosul\t12', firstHeading: 'Report' });
  });

  it('gives no heading when there is none', () => {
    expect(sut('just text').firstHeading).toBeNull();
  });
});
