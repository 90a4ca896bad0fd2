import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteBrowser } from './site-browser';
import { startSiteHarness, type SiteHarness } from './site-harness';

let h: SiteHarness;
let slug: string;

const approveAll = async () => {
  const auth = { authorization: `Bearer ${h.tokens.editor}` };
  const queue = (await (await fetch(`${h.url}/api/site/comments`, { headers: auth })).json()) as {
    id: string;
  }[];
  for (const c of queue)
    await fetch(`${h.url}/api/site/comments/${c.id}/moderate`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'approve' }),
    });
  return queue.length;
};

beforeAll(async () => {
  h = await startSiteHarness({
    oidcReader: {
      name: 'Layla Reader',
      picture: 'https://avatars.example/layla.png',
      email: 'layla@example.org',
    },
  });
  const incident = await h.store.incidents.create({ title: 'Tikrit', status: 'verified', grade: 'fair' });
  const res = await fetch(`${h.url}/api/incidents/${incident.id}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.tokens.editor}`, 'content-type': 'application/json' },
    body: JSON.stringify({ headline: 'Killings near Tikrit', claimReviewed: '1,700 killed' }),
  });
  slug = ((await res.json()) as { slug: string }).slug;
});
afterAll(() => h.close());

describe('reader accounts', () => {
  it('signs a reader in through a real OpenID Connect provider (code + PKCE) who then comments under that name', async () => {
    const browser = new SiteBrowser();
    let page = await browser.get(`${h.url}/sign-in/test?return=/a/${slug}`);
    // The provider's own login and consent pages.
    for (let step = 0; step < 5 && page.url.startsWith(h.oidcIssuer ?? '-'); step += 1)
      page = await browser.submit(page, 'form', { login: 'reader-42', password: 'any' });
    expect(browser.visited.some((u) => u.startsWith(`${h.url}/sign-in/test/callback?code=`))).toBe(true);
    expect(page.url).toBe(`${h.url}/a/${slug}`);
    expect(browser.cookie('127.0.0.1', 'corroborate_reader')).toBeDefined();
    // A reader cookie opens nothing of the investigators' API.
    expect((await browser.get(`${h.url}/api/site/comments`)).status).toBe(401);

    page = await browser.submit(page, 'form.comment-form', {
      name: 'Someone Else',
      body: 'I can confirm the date.',
    });
    expect(page.url).toContain('commented=pending');
    expect(await approveAll()).toBe(1);
    const shown = (await browser.get(`${h.url}/a/${slug}`)).body.replace(/\s+/g, ' ');
    expect(shown).toMatch(
      /<img class="avatar" src="https:\/\/avatars\.example\/layla\.png"[^>]*><strong>Layla Reader<\/strong>/,
    );
    expect(shown).not.toContain('Someone Else');
  });

  it('refuses a callback that was not started in this browser', async () => {
    const page = await new SiteBrowser().get(`${h.url}/sign-in/test/callback?code=x&state=y`);
    expect(page.status).toBe(401);
  });

  it('signs a reader in by e-mail link, once', async () => {
    const browser = new SiteBrowser();
    const form = await browser.get(`${h.url}/sign-in`);
    const sent = await browser.submit(form, 'form[action="/sign-in/email"]', { email: 'Omar@Example.org' });
    expect(sent.body).toContain('Check your inbox');
    await h.drain();
    const [mail] = await h.sink.waitFor(1);
    const link =
      /http:\/\/127\.0\.0\.1:\d+\/sign-in\/email\?token=[A-Za-z0-9_.-]+/.exec(mail?.parsed.text ?? '')?.[0] ??
      '';
    expect(mail?.to).toEqual(['omar@example.org']);
    expect((await browser.get(link)).url).toBe(`${h.url}/`);
    expect(browser.cookie('127.0.0.1', 'corroborate_reader')).toBeDefined();
    const replay = await new SiteBrowser().get(link);
    expect(replay.status).toBe(403);
  });
});
