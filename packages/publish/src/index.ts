// Sanitizing: everything outside text passes through here before it reaches a page, feed or mail.
export * from './sanitize/escape-html';
export * from './sanitize/sanitize-text';
export * from './sanitize/safe-url';
export { renderCommentMarkdown, MAX_COMMENT_LENGTH } from './sanitize/comment-markdown';
export { sanitizeHtml, ALLOWED_TAGS } from './sanitize/html-purifier';
export { USER_LINK_REL } from './sanitize/markdown-inline';
export * from './sanitize/unsafe-markup-finder';
export * from './sanitize/xss-corpus';

// Structured data and link previews.
export * from './structured-data/structured-data.types';
export * from './structured-data/grade-rating';
export { claimReviewJsonLd } from './structured-data/claim-review';
export * from './structured-data/media-review';
export * from './structured-data/json-ld-script';
export * from './structured-data/schema-requirements';
export * from './structured-data/structured-data-validator';
export * from './structured-data/social-meta-tags';

// Feeds.
export * from './feeds/feed.types';
export * from './feeds/feed-urls';
export * from './feeds/build-feeds';
export * from './feeds/incident-entries';

// Mail.
export * from './mail/mailer.port';
export * from './mail/smtp-mailer.adapter';
export * from './mail/smtp-failure';
export * from './mail/delivery-policy';
export * from './mail/mail-site';
export * from './mail/list-unsubscribe';
export * from './mail/message-id';
export * from './mail/update-notice.types';
export * from './mail/confirmation-message';
export * from './mail/update-notice-message';
export * from './mail/digest-message';
export * from './mail/magic-link-message';

// Tokens.
export * from './tokens/token-signer.port';
export * from './tokens/node-crypto.adapter';
export * from './tokens/signed-token';

// Subscriptions.
export * from './subscriptions/subscription';
export * from './subscriptions/subscription-store.port';
export * from './subscriptions/in-memory-subscription.store';
export { normaliseEmail, isFollower } from './subscriptions/subscription-rules';
export { manageTokenFor, DEFAULT_CONFIRM_TTL_MS } from './subscriptions/subscription-deps';
export type { SubscriptionDeps } from './subscriptions/subscription-deps';
export * from './subscriptions/subscribe.use-case';
export * from './subscriptions/manage-subscription.use-case';
export * from './subscriptions/delivery.use-case';
export * from './subscriptions/followed-label';

// Reader sign-in.
export * from './readers/reader-profile';
export * from './readers/used-token-store.port';
export * from './readers/in-memory-used-token.store';
export * from './readers/magic-link';
export * from './readers/oidc-providers';
export * from './readers/oidc-login';
