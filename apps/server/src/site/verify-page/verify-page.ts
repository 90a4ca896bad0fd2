import { html, trusted } from '../html';
import { layout } from '../site-layout';
import type { SiteSettings } from '../site-settings';
import { VERIFY_PAGE_SCRIPT } from './verify-page.script';

const STYLE = `#drop{border:2px dashed #888;padding:2rem;text-align:center;margin:1rem 0}#drop.over{background:#eef}
#report{white-space:pre-wrap;padding:.5rem}#report.holds{background:#e8f5e9}#report.fails{background:#fdecea}`;

/** The bundle check page: a file input and drop zone; the check runs in the browser. */
export const verifyPage = (site: SiteSettings): string =>
  layout(site, {
    title: 'Check a proof bundle',
    description:
      'Check a Corroborate proof bundle (.wacz) in your browser: hashes, ledger, signature, timestamps.',
    url: `${site.baseUrl}/verify`,
    head: [
      html`<style>
        ${trusted(STYLE)}
      </style>`,
    ],
    body: html`<h1>Check a proof bundle</h1>
      <p>
        Choose or drop a proof bundle (<code>.wacz</code>). Your browser checks every file's SHA-256 hash, the
        ledger chain, the checkpoint signature and the trusted timestamps. The file is not uploaded.
      </p>
      <label
        >Publisher key fingerprint (optional):
        <input id="fingerprint" type="text" size="40" autocomplete="off" spellcheck="false"
      /></label>
      <div id="drop">
        <label>Drop the file here, or choose it: <input id="bundle" type="file" accept=".wacz,.zip" /></label>
      </div>
      <p id="status" role="status" aria-live="polite"></p>
      <pre id="report"></pre>
      <script type="module">
        ${trusted(VERIFY_PAGE_SCRIPT)};
      </script>`,
  });
