/** Largest single document (file or fetched body) read into memory: 20 MiB, the fetch cap too. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Largest HTML markup handed to the DOM, measured after scripts, styles, comments and inline
 * data: URIs are removed. jsdom + Readability take ~7 s and ~550 MB for 5 MB of markup and grow
 * linearly (20 MB: ~30 s, 1.8 GB), so larger pages are refused rather than risking an OOM.
 */
export const MAX_HTML_MARKUP_BYTES = 5 * 1024 * 1024;

/** Formats a byte count for messages: "20 MB", "4.2 MB", "512 KB". */
export const formatBytes = (n: number): string => {
  if (n >= 1024 * 1024) return `${trimZero((n / (1024 * 1024)).toFixed(1))} MB`;
  if (n >= 1024) return `${trimZero((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
};

const trimZero = (s: string): string => s.replace(/\.0$/, '');

/** Deepest element nesting handed to jsdom: real pages stay under ~100; 5 000 already costs ~2 s. */
export const MAX_HTML_NESTING = 1000;
