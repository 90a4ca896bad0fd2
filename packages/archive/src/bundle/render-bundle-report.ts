import type { BundleReport } from './proof-bundle.types';

/** The report in plain words: one line per check, problems marked, then the verdict. */
export function renderBundleReport(report: BundleReport): string {
  const lines = report.checks.map((c) => (c.ok ? c.detail : `PROBLEM: ${c.detail}`));
  const failed = report.checks.filter((c) => !c.ok).length;
  const verdict = report.ok
    ? 'Verdict: the bundle verifies. Its files are the ones recorded, unchanged since the checkpoint.'
    : `Verdict: the bundle does NOT verify (${failed} of ${report.checks.length} checks failed).`;
  return [...lines, verdict].join('\n');
}
