import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { domToText as sut } from './html-to-text';

const body = (html: string): HTMLElement => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('domToText', () => {
  it('keeps paragraph breaks and collapses other whitespace', () => {
    const text = sut(
      body('<h1>Attack  in\n Tikrit</h1><p>At least <b>12</b>\n people died.</p><p>More later.</p>'),
    );
    expect(text).toBe('Attack in Tikrit\n\nAt least 12 people died.\n\nMore later.');
  });

  it('puts list items, divs and <br> on their own lines', () => {
    expect(sut(body('<ul><li>one</li><li>two</li></ul><div>a<br>b</div>'))).toBe('one\ntwo\n\na\nb');
  });

  it('keeps line breaks inside <pre> and separates table cells', () => {
    expect(sut(body('<pre>x = 1\ny = 2</pre><table><tr><td>Mosul</td><td>12</td></tr></table>'))).toBe(
      'x = 1\ny = 2\n\nMosul 12',
    );
  });

  it('skips scripts, styles and noscript', () => {
    expect(
      sut(body('<p>kept</p><script>var x</script><style>p{}</style><noscript>enable JS</noscript>')),
    ).toBe('kept');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const doc = new JSDOM('').window.document;
    // Built bottom-up while detached: jsdom's own insertion into a live tree recurses per level.
    let el: Node = doc.createTextNode('deep');
    for (let i = 0; i < 20_000; i += 1) {
      const span = doc.createElement('span');
      span.appendChild(el);
      el = span;
    }
    expect(sut(el)).toBe('deep');
  });
});
