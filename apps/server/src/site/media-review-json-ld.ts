import { jsonLdScript, mediaReviewJsonLd } from '@corroborate/publish';
import type { AssessmentView } from './assessment-view';
import { trusted, type SafeHtml } from './html';
import type { SiteSettings } from './site-settings';

/**
 * One MediaReview script per reviewed photo of the page. The library leaves a sensitive photo's
 * contentUrl out (it is identified by hash only), so search engines never preview a graphic image.
 */
export const mediaReviewScripts = (view: AssessmentView, site: SiteSettings, url: string): SafeHtml[] => {
  const a = view.assessment;
  if (!a.publishedAt) return [];
  const publishedAt = a.publishedAt;
  return view.mediaReviews.flatMap((review) => {
    const found = view.media.find((m) => m.item.id === review.mediaId);
    if (!found?.item.mimeType.startsWith('image/')) return [];
    const { item } = found;
    return [
      trusted(
        jsonLdScript(
          mediaReviewJsonLd({
            id: `${a.id}-${item.id}`,
            url: `${url}#evidence`,
            headline: `${a.headline}: photo ${found.link.note ?? item.id}`,
            verdict: review.authenticity,
            originalMediaContextDescription: review.context,
            ...(review.originalLink ? { originalMediaLink: review.originalLink } : {}),
            photo: {
              sha256: item.sha256,
              contentUrl: `${url}/media/${item.id}?reveal=1`,
              encodingFormat: item.mimeType,
              width: item.width,
              height: item.height,
              sensitivity: item.sensitivity,
            },
            appearances: [],
            publishedAt,
            updatedAt: review.reviewedAt,
            publisher: site.publisher,
          }),
        ),
      ),
    ];
  });
};
