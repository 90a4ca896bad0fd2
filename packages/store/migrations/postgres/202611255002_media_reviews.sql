-- An editor's verdict on a photo of a published assessment: the page's schema.org MediaReview.
CREATE TABLE assessment_media_reviews (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  media_id      TEXT NOT NULL,
  authenticity  TEXT NOT NULL,
  context       TEXT NOT NULL,
  original_link TEXT,
  reviewed_at   timestamptz NOT NULL,
  PRIMARY KEY (assessment_id, media_id)
);
