-- v12: articles whose coding failed (an error in the coder, not bad input), kept with the reason
-- so that none is silently lost: the article whole, its content hash, the reason, the coder that
-- failed and when. Such an article is not in articles, so a later ingest of it codes it again; a
-- successful save removes its row here.
CREATE TABLE failed_articles (
  hash VARCHAR PRIMARY KEY, id VARCHAR NOT NULL, source VARCHAR NOT NULL, title VARCHAR NOT NULL, published DATE,
  text VARCHAR NOT NULL, reason VARCHAR NOT NULL, coder_version VARCHAR, failed_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
