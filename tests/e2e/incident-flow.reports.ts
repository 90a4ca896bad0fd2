import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Three short reports of one incident, written for this test (the events are real history, the
 * wording and the outlet "Wire Daily" are ours): a perpetrator's claim of 1,700, an NGO count of
 * 560–770 with a date, and a wire story repeating the perpetrator's figure.
 */
export const REPORTS: Record<string, string> = {
  '01-isis-statement.md': `---
title: Statement on the Tikrit operation
date: 2014-06-14
---

In a statement posted online on Saturday, ISIS said it had killed 1,700 Iraqi soldiers captured near Tikrit on 12 June.
`,
  '02-hrw-count.md': `---
title: "Iraq: ISIS execution sites located"
date: 2014-06-27
---

Human Rights Watch said on Friday that between 560 and 770 men were killed by ISIS in Tikrit on 12 June 2014, based on satellite imagery and witness accounts.
`,
  '03-wire-repeat.html': `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Militants claim mass killing of soldiers | Wire Daily</title>
<meta property="article:published_time" content="2014-06-15T09:30:00+03:00">
</head>
<body>
<article>
<h1>Militants claim mass killing of soldiers</h1>
<p>ISIS said on Saturday that it had killed 1,700 Iraqi soldiers near Tikrit, repeating a statement posted earlier. The figure could not be independently confirmed.</p>
</article>
</body>
</html>
`,
};

/** Writes the reports into `dir`/reports and returns that folder. */
export const writeReports = async (dir: string): Promise<string> => {
  const folder = join(dir, 'reports');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(folder, name), text);
  return folder;
};

/** The explanation the reconciliation must produce for these reports (core rules R4, R6, R8, R9). */
export const EXPECTED_EXPLANATION =
  'Killed 560–1,700: min 560 from Human Rights Watch 2014-06-27 [R6-min-independent]; ' +
  'max 1,700 from ISIS claim 2014-06-14 (perpetrator self-claim; independent counts give 560–770) ' +
  '[R8-max-all-counted, R9-self-claim-explicit]. ' +
  'ISIS claim 1,700 repeated by Wire Daily 2014-06-15, counted once [R4-same-origin-once].';
