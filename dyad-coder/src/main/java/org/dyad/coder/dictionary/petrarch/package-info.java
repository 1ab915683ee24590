/**
 * Readers for the PETRARCH-2/TABARI dictionary formats (verbs with synsets and patterns, actors
 * with date restrictions, agents with substitution sets, discards, issues) and {@link
 * org.dyad.coder.dictionary.petrarch.PetrarchImport}, which writes them in Dyad's formats. The
 * conversion is lossy where Dyad's conditions are simpler than PETRARCH's patterns; each reader's
 * javadoc says how, and the import counts what it skipped.
 */
package org.dyad.coder.dictionary.petrarch;
