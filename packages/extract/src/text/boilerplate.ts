import type { Span } from '@corroborate/core';

/** Where the article text is: everything before `contentEnd`, minus the `skip` lines. */
export interface ContentRegions {
  /** Offset where a trailing block of page chrome (comment form, share box, …) starts. */
  contentEnd: number;
  /** Single chrome lines inside the article (menus, counters, "Updated … ago"). */
  skip: Span[];
}

// A line that opens the comment form, share box or subscription box of a page: everything after
// it is page furniture, not article text.
const TRAILER_START =
  /^\s*(?:post your thoughts|leave a (?:comment|reply)|fill in your details below|you are commenting using|share this(?: article| story)?:|like this:|related(?: posts| articles| stories)?:?\s*$|\d+ (?:comments?|responses?|replies)\s*$|comments\s*$|get every new post delivered|join \d[\d,]* other (?:followers|subscribers)|%d bloggers like this|about the author\s*$|tags:|filed under|share on (?:facebook|twitter)|click to (?:share|print|email))/i;

// A short line that is a menu, a counter or a timestamp rather than prose.
const CHROME_LINE =
  /^\s*(?:(?:share|tweet|email|print|whatsapp|facebook|twitter|pinterest|linkedin|reddit|menu|home|search|log ?in|log ?out|sign ?in|sign ?up|subscribe|advertisement|sponsored|skip to content|read more|loading\.*)\b.{0,40}$|.{0,40}\b(?:updated|posted|published)?\s*\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?)(?: \d+ (?:minutes?|mins?|seconds?))? ago\s*$|\d[\d,.]*k? (?:shares|likes|views|comments|followers|retweets|reactions)\s*$|(?:[^|·•\n]{1,30}[|·•]){2,}[^|·•\n]{0,30}$)/i;

/** Finds the page chrome in a text, so that claims are never read from it. Linear in the text. */
export function findContentRegions(text: string): ContentRegions {
  const skip: Span[] = [];
  let contentEnd = text.length;
  let lineStart = 0;
  // A trailer only counts in the back half: an early "Share this:" line is just masked.
  const half = text.length / 2;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const len = lineEnd - lineStart;
    if (len > 0 && len < 160) {
      const line = text.slice(lineStart, lineEnd);
      if (TRAILER_START.test(line)) {
        if (lineStart >= half) {
          contentEnd = lineStart;
          break;
        }
        skip.push([lineStart, lineEnd]);
      } else if (len < 100 && CHROME_LINE.test(line)) {
        skip.push([lineStart, lineEnd]);
      }
    }
    lineStart = lineEnd + 1;
  }
  return { contentEnd, skip };
}

/** True when [start, end) overlaps one of the (sorted) skipped spans. */
export function inSkipped(skip: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = skip.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = skip[mid];
    if (!s) break;
    if (s[1] <= start) lo = mid + 1;
    else if (s[0] >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
