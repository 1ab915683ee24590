package org.dyad.store;

import java.time.LocalDate;

/**
 * A mention of an event imported from GDELT, as its mentions table gave it ({@code dyad import
 * --format gdelt-mentions}): one report of the event that Dyad did not code.
 *
 * @param date the day the mentioning document was seen (MentionTimeDate)
 * @param outlet the outlet (MentionSourceName)
 * @param url the document's URL, or a citation for a document without one (MentionIdentifier)
 */
public record StoredMention(LocalDate date, String outlet, String url) {}
