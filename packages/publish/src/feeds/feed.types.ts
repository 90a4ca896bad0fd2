/** The site a feed belongs to. */
export interface FeedSite {
  title: string;
  description: string;
  /** Absolute http(s) base URL of the public site, e.g. "https://corroborate.example". */
  baseUrl: string;
  authorName: string;
  /** BCP 47, e.g. "en". */
  language?: string;
  iconUrl?: string;
}

/** Whole site, one tag, or one incident (whose updates are the items). */
export type FeedScope =
  { kind: 'site' } | { kind: 'tag'; tag: string } | { kind: 'incident'; incidentId: string; title: string };

/** One item as the caller knows it; every text field is sanitized before it reaches the feed. */
export interface FeedEntry {
  /** Stable id; the item's guid is its url with this id as the fragment. */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary?: string;
  /** Body in the markdown subset of renderCommentMarkdown. */
  contentMarkdown?: string;
  /** Body as HTML from elsewhere; sanitized down to the same subset. */
  contentHtml?: string;
  published: Date;
  updated: Date;
  tags?: string[];
  authorName?: string;
}

export interface BuildFeedsInput {
  site: FeedSite;
  scope?: FeedScope;
  items: FeedEntry[];
  /** The clock's time: the feed's date when it has no items. */
  now: Date;
  /** Newest items kept; default 50. */
  limit?: number;
}

/** Where a scope's page and feeds live on the public site. */
export interface FeedUrls {
  page: string;
  rss: string;
  atom: string;
  json: string;
}

export interface BuiltFeeds {
  rss: string;
  atom: string;
  /** JSON Feed 1.1. */
  json: string;
  urls: FeedUrls;
}
