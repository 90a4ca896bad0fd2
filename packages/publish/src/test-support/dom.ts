import { JSDOM } from 'jsdom';

let parser: DOMParser | undefined;

// One jsdom window for all parsing in a test file: a new JSDOM per check costs ~15 ms, DOMParser <1 ms.
const domParser = (): DOMParser => (parser ??= new new JSDOM('').window.DOMParser());

/** Parses a whole HTML document (scripts never run). */
export const parseHtml = (html: string): Document => domParser().parseFromString(html, 'text/html');

/** Parses XML strictly: throws when it is not well-formed. */
export function parseXml(xml: string): Document {
  const doc = domParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}
