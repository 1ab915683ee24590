package org.dyad.store;

/**
 * An actor found by name: its code, the name the dictionaries give it, how the news most often
 * wrote it, and how often it acts and is acted upon (asserted events).
 *
 * @param code the actor code, e.g. PSEREB or RUSGOV
 * @param country its country or organization code
 * @param sector its sector codes ('' for the country itself)
 * @param name the dictionary name most of its events give
 * @param mention the text that most often named it in the news
 * @param asSource events it is the source of
 * @param asTarget events it is the target of
 */
public record ActorMatch(String code, String country, String sector, String name, String mention, long asSource, long asTarget) {}
