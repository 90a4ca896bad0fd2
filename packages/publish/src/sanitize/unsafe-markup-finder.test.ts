import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from './unsafe-markup-finder';

describe('findUnsafeMarkup', () => {
  it('passes plain safe markup', () => {
    expect(
      findUnsafeMarkup(
        '<p>a <a href="https://example.org/" rel="nofollow">b</a> <a href="mailto:x@y.org">c</a></p>',
      ),
    ).toEqual([]);
  });

  it('passes relative links and escaped text', () => {
    expect(findUnsafeMarkup('<a href="/incidents/1">x</a> &lt;script&gt;')).toEqual([]);
  });

  it('names each problem it finds', () => {
    const findings = findUnsafeMarkup(
      '<img src=x onerror=alert(1)><a href="javascript:x" style="color:red">y</a><svg></svg>',
    );
    expect(findings).toEqual([
      '<img onerror> event handler',
      '<a href="javascript:…"> unsafe URL scheme',
      '<a style> attribute',
      '<svg> element',
    ]);
  });

  it('catches attributes a stray <body> tag merges into the page body', () => {
    expect(findUnsafeMarkup('<body onload=alert(1)>')).toEqual(['<body onload> event handler']);
  });

  it('looks inside <template> content', () => {
    expect(findUnsafeMarkup('<template><img src=x onerror=alert(1)></template>')).toContain(
      '<img onerror> event handler',
    );
  });
});
