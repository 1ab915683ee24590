package org.dyad.coder;

import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.EventCode;

/**
 * The actor an agentless act of coercion or force implies ("20 people were arrested", "a curfew
 * was imposed", "was sentenced to 20 years", "a journalist was abducted"), by what the act is; it
 * takes its country from the act's place or victims.
 */
enum ImpliedAgent {
  /** Sentences, convictions, jailings: a court. */
  COURT("JUD", "a court"),
  /** Arrests and detentions (CAMEO 173): the police. */
  POLICE("COP", "police"),
  /** Administrative sanctions (CAMEO 172: curfews, bans, states of emergency): the government. */
  AUTHORITIES("GOV", "authorities"),
  /** Any other act of force: an unidentified armed actor. */
  ATTACKERS("UAF", "unidentified attackers");

  private static final Set<String> SENTENCING = Set.of("sentence", "convict", "jail", "imprison");

  private final String sector;
  private final String name;

  ImpliedAgent(String sector, String name) {
    this.sector = sector;
    this.name = name;
  }

  /** The agent the act implies, from its trigger's lemma and its code. */
  static ImpliedAgent of(String lemma, EventCode code) {
    if (SENTENCING.contains(lemma)) {
      return COURT;
    }
    return code.code().equals("173") ? POLICE : code.root().equals("17") && code.code().startsWith("172") ? AUTHORITIES : ATTACKERS;
  }

  /** The implied actor, of no country yet. */
  Actor actor() {
    return Actor.of("", sector, name);
  }

  /** The rule the evidence records: {@code source.implied-cop}. */
  String rule() {
    return "source.implied-" + sector.toLowerCase(Locale.ROOT);
  }
}
