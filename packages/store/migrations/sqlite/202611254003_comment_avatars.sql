-- A signed-in reader's avatar next to their comment.
ALTER TABLE public_comments ADD COLUMN author_avatar_url TEXT;
