import type { PublicComment } from '@corroborate/core';
import { renderCommentMarkdown } from '@corroborate/publish';
import { html, trusted } from './html';
import { layout } from './site-layout';
import type { SiteSettings } from './site-settings';

// Editors are signed in with a session cookie, so every POST needs the CSRF header: a few lines of
// script read the readable CSRF cookie and send the decision (the public pages stay script-free).
const SCRIPT = `document.addEventListener('click',async(e)=>{const b=e.target.closest('button[data-action]');if(!b)return;
const csrf=(document.cookie.match(/(?:^|; )corroborate_csrf=([^;]*)/)||[])[1]||'';
const r=await fetch('/api/site/comments/'+b.dataset.id+'/moderate',{method:'POST',headers:{'content-type':'application/json','x-csrf-token':decodeURIComponent(csrf)},body:JSON.stringify({action:b.dataset.action})});
if(r.ok)b.closest('li').remove();else alert('Failed: '+r.status);});`;

/** The editors' queue of pending reader comments, with approve / reject / spam / ban buttons. */
export const moderationQueuePage = (site: SiteSettings, pending: PublicComment[]): string =>
  layout(site, {
    title: 'Comments awaiting moderation',
    description: 'Moderation queue',
    url: `${site.baseUrl}/site/moderation`,
    body: html`<h1>Comments awaiting moderation (${pending.length})</h1>
      <ol class="queue">
        ${pending.map(
          (c) =>
            html`<li data-comment="${c.id}">
              <strong>${c.authorName}</strong> on <code>${c.assessmentId}</code>
              <div>${trusted(renderCommentMarkdown(c.body))}</div>
              ${c.evidenceUrl ? html`<p>Evidence (sent to the inbox): ${c.evidenceUrl}</p>` : ''}
              ${(['approve', 'reject', 'spam', 'ban'] as const).map((a) => html`<button type="button" data-id="${c.id}" data-action="${a}">${a}</button> `)}
            </li>`,
        )}
      </ol>
      <script>
        ${trusted(SCRIPT)};
      </script>`,
  });
