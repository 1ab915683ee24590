package org.dyad.model;

/** The sixteen event types of the PLOVER ontology (manual draft 0.8, 2021). */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT
}
