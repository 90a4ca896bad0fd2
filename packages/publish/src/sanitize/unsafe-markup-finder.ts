import { JSDOM } from 'jsdom';
import { SAFE_LINK_SCHEMES, effectiveScheme } from './safe-url';

// Elements that run code, load active content, restyle or re-target the page, or open a foreign
// parsing context (svg, math) where mXSS lives.
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'svg',
  'math',
  'base',
  'link',
  'form',
  'noscript',
  'template',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'portal',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'codebase',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
  'manifest',
  'longdesc',
]);

let parser: DOMParser | undefined;

// A whole document, not a fragment: a stray <body onload> merges into the page's body element.
// DOMParser documents never run scripts or load resources.
function parseDocument(html: string): Document {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser.parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
}

/**
 * Parses HTML as a browser would (inside <body>) and lists everything that could run script or
 * load active content: forbidden elements (script, iframe, svg, math, style, …), on* or style
 * attributes, srcdoc, and URL attributes whose decoded scheme is not http, https or mailto.
 * An empty list means the markup is inert. Used by tests here and by the server's tests.
 */
export function findUnsafeMarkup(html: string): string[] {
  const findings: string[] = [];
  visit(parseDocument(html), findings);
  return findings;
}

function visit(root: ParentNode, findings: string[]): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`<${tag}> element`);
    if (tag === 'meta' && element.hasAttribute('http-equiv')) findings.push('<meta http-equiv>');
    for (const attr of Array.from(element.attributes)) checkAttribute(tag, attr, findings);
    // <template> content lives in its own fragment, out of querySelectorAll's reach.
    if (tag === 'template') visit((element as HTMLTemplateElement).content, findings);
  }
}

function checkAttribute(tag: string, attr: Attr, findings: string[]): void {
  const name = attr.name.toLowerCase();
  if (name.startsWith('on')) findings.push(`<${tag} ${name}> event handler`);
  else if (name === 'style') findings.push(`<${tag} style> attribute`);
  else if (name === 'srcdoc') findings.push(`<${tag} srcdoc> attribute`);
  else if (name === 'srcset') {
    for (const candidate of attr.value.split(','))
      checkUrl(tag, name, candidate.trim().split(/\s+/)[0] ?? '', findings);
  } else if (URL_ATTRIBUTES.has(name)) checkUrl(tag, name, attr.value, findings);
}

function checkUrl(tag: string, name: string, value: string, findings: string[]): void {
  const scheme = effectiveScheme(value);
  if (scheme !== null && !SAFE_LINK_SCHEMES.includes(scheme)) {
    findings.push(`<${tag} ${name}="${scheme}:…"> unsafe URL scheme`);
  }
}
