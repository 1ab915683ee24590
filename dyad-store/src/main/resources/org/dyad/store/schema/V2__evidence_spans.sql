-- v2: where the source, target and trigger stand in the article, for highlighting evidence.
ALTER TABLE events ADD COLUMN source_start INTEGER; ALTER TABLE events ADD COLUMN source_end INTEGER;
ALTER TABLE events ADD COLUMN target_start INTEGER; ALTER TABLE events ADD COLUMN target_end INTEGER;
ALTER TABLE events ADD COLUMN trigger_start INTEGER; ALTER TABLE events ADD COLUMN trigger_end INTEGER;
