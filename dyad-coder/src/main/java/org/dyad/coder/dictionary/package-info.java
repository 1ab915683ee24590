/**
 * Dictionaries: Dyad's plain-text formats (countries, organizations, groups, agents, people with
 * dated roles, the verb lexicon, discards, issues; see {@code dict/README.md}), loaded from a
 * {@link org.dyad.coder.dictionary.DictionarySource} (built in, or a directory overriding file by
 * file) into immutable, thread-safe indexes. Loading fails at the first bad line with its file and
 * line; {@link org.dyad.coder.dictionary.DictionaryCheck} collects every problem instead.
 */
package org.dyad.coder.dictionary;
