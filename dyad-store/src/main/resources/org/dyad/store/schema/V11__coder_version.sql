-- v11: the coder that made each event: its release and a hash of its dictionaries and models
-- (dyad-pipeline's CoderVersion, e.g. '0.1.0-SNAPSHOT+1a2b3c4d5e6f'), on the event and on its
-- article, so that a series can tell coders apart and `dyad recode` finds the articles the current
-- coder has not coded. NULL: stored before v11 (or by a caller that named no coder).
ALTER TABLE events ADD COLUMN coder_version VARCHAR;
ALTER TABLE articles ADD COLUMN coder_version VARCHAR;
