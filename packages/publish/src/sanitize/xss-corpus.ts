/** One hostile input for the sanitizers. */
export interface XssPayload {
  /** Short name, used as the test title. */
  name: string;
  payload: string;
  /** True when the payload, pasted raw into a page, is itself unsafe HTML (checked by the finder's own test). */
  rawIsUnsafe: boolean;
}

const unsafeRaw = (name: string, payload: string): XssPayload => ({ name, payload, rawIsUnsafe: true });
const inertRaw = (name: string, payload: string): XssPayload => ({ name, payload, rawIsUnsafe: false });

/**
 * XSS payloads for every path where outside text reaches a page, a feed or a mail: comments,
 * titles, feed items, meta tags, JSON-LD. Exported so the server's tests can run them too.
 */
export const XSS_CORPUS: readonly XssPayload[] = [
  unsafeRaw('script element', '<script>alert(1)</script>'),
  unsafeRaw('img onerror', '<img src=x onerror=alert(1)>'),
  unsafeRaw('mixed-case onerror', '<IMG SRC=x OnErRoR=alert(1)>'),
  unsafeRaw('body onload', '<body onload=alert(1)>'),
  unsafeRaw('details ontoggle', '<details open ontoggle=alert(1)>x</details>'),
  unsafeRaw('input autofocus onfocus', '<input onfocus=alert(1) autofocus>'),
  unsafeRaw('svg onload', '<svg onload=alert(1)>'),
  unsafeRaw('svg animate onbegin', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'),
  unsafeRaw(
    'svg set href',
    '<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>x</text></a></svg>',
  ),
  unsafeRaw(
    'svg animate values',
    '<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text y=20>x</text></a></svg>',
  ),
  unsafeRaw('svg style mXSS', '<svg><style><img src=x onerror=alert(1)></style></svg>'),
  unsafeRaw('javascript href', '<a href="javascript:alert(1)">x</a>'),
  unsafeRaw('mixed-case javascript href', '<a href="JaVaScRiPt:alert(1)">x</a>'),
  unsafeRaw('tab-split javascript href', '<a href="jav&#x09;ascript:alert(1)">x</a>'),
  unsafeRaw('newline-split javascript href', '<a href="java\nscript:alert(1)">x</a>'),
  unsafeRaw(
    'decimal-entity javascript href',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  ),
  unsafeRaw(
    'hex-entity javascript href',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  ),
  unsafeRaw('named-entity colon', '<a href="javascript&colon;alert(1)">x</a>'),
  unsafeRaw('leading control characters', '<a href=" &#14; javascript:alert(1)">x</a>'),
  inertRaw('null byte in scheme', '<a href="java\u0000script:alert(1)">x</a>'),
  unsafeRaw('vbscript href', '<a href="vbscript:msgbox(1)">x</a>'),
  unsafeRaw('data: html href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'),
  unsafeRaw('xlink:href on a', '<a href="https://example.org/" xlink:href="javascript:alert(1)">x</a>'),
  unsafeRaw(
    'target and onclick on a safe link',
    '<a href="https://example.org/" target="_blank" onclick="alert(1)">x</a>',
  ),
  unsafeRaw('iframe javascript src', '<iframe src="javascript:alert(1)"></iframe>'),
  unsafeRaw('iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
  unsafeRaw('object data', '<object data="javascript:alert(1)"></object>'),
  unsafeRaw('embed svg data URL', '<embed src="data:image/svg+xml,<svg onload=alert(1)>">'),
  unsafeRaw('button formaction', '<form><button formaction="javascript:alert(1)">x</button></form>'),
  unsafeRaw('img srcset', '<img srcset="javascript:alert(1) 1x">'),
  unsafeRaw('video poster', '<video poster=javascript:alert(1)></video>'),
  unsafeRaw('base href', '<base href="javascript:alert(1)//">'),
  unsafeRaw('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  unsafeRaw('link stylesheet', '<link rel=stylesheet href="javascript:alert(1)">'),
  unsafeRaw('mXSS math/style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'),
  unsafeRaw('math xlink:href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'),
  unsafeRaw(
    'mXSS noscript title',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  ),
  unsafeRaw('template content', '<template><img src=x onerror=alert(1)></template>'),
  unsafeRaw('style @import', "<style>@import 'javascript:alert(1)';</style>"),
  unsafeRaw('style attribute url()', '<p style="background:url(javascript:alert(1))">x</p>'),
  unsafeRaw('style attribute expression()', '<div style="width: expression(alert(1))">x</div>'),
  unsafeRaw('xmp raw text', '<xmp><img src=x onerror=alert(1)></xmp>'),
  unsafeRaw('attribute breakout (double quote)', '"><img src=x onerror=alert(1)>'),
  unsafeRaw('attribute breakout (single quote)', "'><svg onload=alert(1)>"),
  inertRaw('split script tag', '<scr<script>ipt>alert(1)</scr</script>ipt>'),
  unsafeRaw('comment trick', '<!--<img src="--><img src=x onerror=alert(1)//">'),
  unsafeRaw('nested comments', '<!-- <!-- nested --> <script>alert(1)</script> -->'),
  unsafeRaw('unicode line separators', '\u2028<script>alert(1)</script>\u2029<img src=x onerror=alert(2)>'),
  unsafeRaw('CDATA breakout', ']]><script>alert(1)</script><![CDATA['),
  unsafeRaw('double CDATA breakout', ']]>]]><img src=x onerror=alert(1)><![CDATA['),
  unsafeRaw('script-end breakout (JSON-LD)', '</script><script>alert(1)</script>'),
  unsafeRaw('markdown quote with html', '> <img src=x onerror=alert(1)>'),
  unsafeRaw('markdown list with html', '- <svg onload=alert(1)>'),
  inertRaw('markdown javascript link', '[x](javascript:alert(1))'),
  inertRaw('markdown mixed-case javascript link', '[x](JaVaScRiPt:alert(1))'),
  inertRaw('markdown entity-encoded link', '[x](javascript&#58;alert(1))'),
  unsafeRaw('markdown data link', '[x](data:text/html,<script>alert(1)</script>)'),
  inertRaw('markdown vbscript link', '[click](vbscript:msgbox(1))'),
  inertRaw('markdown link quote breakout', '[x](https://example.org/"onmouseover="alert(1))'),
  unsafeRaw('markdown link then html', '[x](https://example.org/)"><img src=x onerror=alert(1)>'),
  unsafeRaw('markdown link text with html', '[<img src=x onerror=alert(1)>](https://example.org/)'),
  inertRaw('markdown strong around bad link', '**[x](javascript:alert(1))**'),
  unsafeRaw('markdown code span with script', '`<script>alert(1)</script>`'),
  inertRaw('markdown protocol-relative link', '[x](//evil.example/)'),
];
