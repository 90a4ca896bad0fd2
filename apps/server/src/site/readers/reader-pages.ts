import { html } from '../html';
import { layout } from '../site-layout';
import type { SiteSettings } from '../site-settings';

/** Sign-in choices: an e-mail link, or one button per configured OpenID Connect provider. */
export const signInPage = (
  site: SiteSettings,
  providers: { id: string; name: string }[],
  returnTo: string,
  notice?: string,
): string =>
  layout(site, {
    title: 'Sign in to comment',
    description: 'Reader sign-in',
    url: `${site.baseUrl}/sign-in`,
    body: html`<h1>Sign in to comment</h1>
      ${notice ? html`<p role="status">${notice}</p>` : ''}
      <form method="post" action="/sign-in/email">
        <input type="hidden" name="return" value="${returnTo}" />
        <label>E-mail <input type="email" name="email" required maxlength="254" /></label>
        <button type="submit">Send me a sign-in link</button>
      </form>
      <ul class="providers">
        ${providers.map(
          (p) =>
            html`<li>
              <a href="/sign-in/${p.id}?return=${encodeURIComponent(returnTo)}">Sign in with ${p.name}</a>
            </li>`,
        )}
      </ul>`,
  });
