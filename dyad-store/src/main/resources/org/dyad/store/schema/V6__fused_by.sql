-- v6: the rule that fused a report into an earlier event (ReportFusion: 'dyad-root-date');
-- null on primary reports, so a later rule (e.g. learned typing, 'meaning') can be told apart.
ALTER TABLE events ADD COLUMN fused_by VARCHAR;
