import { JSDOM } from 'jsdom';

/** A response the browser ended on after following redirects. */
export interface BrowserPage {
  url: string;
  status: number;
  body: string;
}

/**
 * Just enough of a browser for sign-in tests: fetch with manual redirects, a cookie jar per host
 * (paths and expiry ignored, as both servers are short-lived test servers), and form submission.
 */
export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** The URLs visited, in order, redirects included. */
  readonly visited: string[] = [];

  async get(url: string): Promise<BrowserPage> {
    return this.follow(url, { method: 'GET' });
  }

  /** Follows the first link whose text contains `text`. */
  async clickLink(page: BrowserPage, text: string): Promise<BrowserPage> {
    const links = [...new JSDOM(page.body).window.document.querySelectorAll('a')];
    const link = links.find((a) => a.textContent.includes(text));
    if (!link) throw new Error(`no link "${text}" on ${page.url}`);
    return this.get(new URL(link.getAttribute('href') ?? '', page.url).href);
  }

  /** Submits the page's first form with its own fields (hidden ones included) plus `fill`. */
  async submitForm(page: BrowserPage, fill: Record<string, string> = {}): Promise<BrowserPage> {
    const form = new JSDOM(page.body).window.document.querySelector('form');
    if (!form) throw new Error(`no form on ${page.url}`);
    const body = new URLSearchParams();
    for (const input of form.querySelectorAll('input')) body.set(input.name, fill[input.name] ?? input.value);
    const action = new URL(form.getAttribute('action') ?? page.url, page.url).href;
    return this.follow(action, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  private async follow(start: string, init: RequestInit): Promise<BrowserPage> {
    let url = start;
    let request = init;
    for (let hops = 0; hops < 20; hops += 1) {
      this.visited.push(url);
      const response = await fetch(url, {
        ...request,
        headers: this.headersFor(url, request),
        redirect: 'manual',
      });
      this.store(url, response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { url, status: response.status, body: await response.text() };
      }
      await response.body?.cancel();
      url = new URL(location, url).href;
      request = { method: 'GET' };
    }
    throw new Error(`too many redirects from ${start}`);
  }

  private headersFor(url: string, init: RequestInit): Record<string, string> {
    const cookies = this.jar.get(new URL(url).hostname) ?? new Map<string, string>();
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { ...(init.headers as Record<string, string> | undefined), ...(cookie ? { cookie } : {}) };
  }

  private store(url: string, setCookies: string[]): void {
    const host = new URL(url).hostname;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
      // Servers delete a cookie by sending it empty or already expired.
      const expired = /;\s*max-age=0/i.test(line) || /;\s*expires=[^;]*1970/i.test(line);
      if (value === '' || expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(host, cookies);
  }
}
