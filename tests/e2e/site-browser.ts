import { JSDOM } from 'jsdom';
import type { BrowserPage } from '../../packages/publish/src/test-support/http-browser';

/**
 * A fetch-based browser for the site's forms: a cookie jar per host (paths ignored: short-lived
 * test servers), manual redirects, and submission of a form chosen by CSS selector.
 */
export class SiteBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  readonly visited: string[] = [];

  get(url: string): Promise<BrowserPage> {
    return this.follow(url, { method: 'GET' });
  }

  post(url: string, fields: Record<string, string>): Promise<BrowserPage> {
    return this.follow(url, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Submits the form matching `selector` with its own fields plus `fill`. */
  submit(page: BrowserPage, selector = 'form', fill: Record<string, string> = {}): Promise<BrowserPage> {
    const form = new JSDOM(page.body).window.document.querySelector(selector);
    if (!form) throw new Error(`no ${selector} on ${page.url}`);
    const fields: Record<string, string> = {};
    for (const input of form.querySelectorAll('input, textarea'))
      fields[input.getAttribute('name') ?? ''] = (input as HTMLInputElement).value;
    return this.post(new URL(form.getAttribute('action') ?? page.url, page.url).href, { ...fields, ...fill });
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  private async follow(start: string, init: RequestInit): Promise<BrowserPage> {
    let url = start;
    let request = init;
    for (let hops = 0; hops < 20; hops += 1) {
      this.visited.push(url);
      const host = new URL(url).hostname;
      const cookies = [...(this.jar.get(host) ?? new Map<string, string>())]
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
      const response = await fetch(url, {
        ...request,
        headers: {
          ...(request.headers as Record<string, string> | undefined),
          ...(cookies ? { cookie: cookies } : {}),
        },
        redirect: 'manual',
      });
      const jar = this.jar.get(host) ?? new Map<string, string>();
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const eq = pair.indexOf('=');
        if (eq <= 0) continue;
        const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
        if (value === '' || /;\s*max-age=0/i.test(line) || /;\s*expires=[^;]*1970/i.test(line))
          jar.delete(name);
        else jar.set(name, value);
      }
      this.jar.set(host, jar);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location)
        return { url, status: response.status, body: await response.text() };
      await response.body?.cancel();
      url = new URL(location, url).href;
      request = { method: 'GET' };
    }
    throw new Error(`too many redirects from ${start}`);
  }
}
