package org.dyad.coder.dictionary;

/** What a dictionary name stands for. */
public enum NameKind {
  /** A country or territory by name: "Ukraine" → UKR. */
  COUNTRY,
  /** A country's adjective or demonym: "Russian", "Ukrainians". */
  DEMONYM,
  /** A capital or seat of power standing for the government: "the Kremlin" → RUSGOV. */
  GOVERNMENT_METONYM,
  /** An international or non-governmental organization: "NATO" → IGOWSTNAT. */
  ORGANIZATION,
  /** A sector or role noun: "troops" → MIL, "president" → GOV. */
  AGENT,
  /** A named person with date-bounded roles. */
  PERSON,
  /** A non-state armed or political group with a fixed country and sector: "Hamas" → PSE REB. */
  GROUP
}
