import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Absolute http(s) URLs of a page's images (`img[src]`), resolved against the page URL and its
 * `<base href>`, in page order, without repeats, at most `limit`. Scripts never run.
 */
export function pageImageUrls(html: Uint8Array, pageUrl: string, limit: number): string[] {
  // URLs are ASCII in practice; a wrong charset guess cannot change them.
  const dom = new JSDOM(Buffer.from(html).toString('utf8'), {
    url: pageUrl,
    virtualConsole: new VirtualConsole(),
  });
  try {
    const seen = new Set<string>();
    for (const img of dom.window.document.querySelectorAll('img[src]')) {
      const src = (img as HTMLImageElement).src;
      let url: URL;
      try {
        url = new URL(src);
      } catch {
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      url.hash = '';
      seen.add(url.href);
      if (seen.size >= limit) break;
    }
    return [...seen];
  } finally {
    dom.window.close();
  }
}
