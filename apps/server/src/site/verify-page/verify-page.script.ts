// Runs in the reader's browser: reads the chosen or dropped file locally and never uploads it.
export const VERIFY_PAGE_SCRIPT = `
import { verifyProofBundle, renderBundleReport } from '/verify/verify.js';
const input = document.getElementById('bundle');
const drop = document.getElementById('drop');
const status = document.getElementById('status');
const out = document.getElementById('report');
const fingerprint = document.getElementById('fingerprint');
const check = async (file) => {
  status.textContent = 'Checking ' + file.name + '…';
  out.textContent = '';
  out.className = '';
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const key = fingerprint.value.trim();
    const report = await verifyProofBundle(bytes, { name: file.name, ...(key ? { expectedKeyFingerprint: key } : {}) });
    out.textContent = renderBundleReport(report);
    out.className = report.ok ? 'holds' : 'fails';
    status.textContent = report.ok ? file.name + ': everything holds.' : file.name + ': problems found.';
  } catch (error) {
    out.className = 'fails';
    status.textContent = file.name + ' could not be read as a proof bundle: ' + (error && error.message ? error.message : String(error));
  }
  document.body.dataset.state = 'done';
};
input.addEventListener('change', () => { if (input.files && input.files[0]) void check(input.files[0]); });
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer && e.dataTransfer.files[0];
  if (file) void check(file);
});
document.body.dataset.state = 'ready';
`;
