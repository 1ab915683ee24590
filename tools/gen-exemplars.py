#!/usr/bin/env python3
"""Generate the exemplar bank of dyad-typer (exemplars.tsv).

Usage (from the repository root):

    python3 tools/gen-exemplars.py [SHARED_DATA_DIR] [-o OUTPUT]

SHARED_DATA_DIR defaults to ``../shared/data``; a relative path is taken
relative to the repository root (the parent of this script's ``tools/``
directory).  The output defaults to
``dyad-typer/src/main/resources/org/dyad/typer/exemplars.tsv``.

Inputs:

* ``cameo-codes/icews-cameo-codes.utf8.csv`` (SHARED_DATA_DIR): the ICEWS CAMEO
  codebook table, andybega/icews commit 3746c729, MIT (c) 2022 Andreas Beger.
  For each code with a description: one exemplar "Name. Description." (origin
  ``icews-cameo-desc``) and, where it has one, its example sentence (origin
  ``icews-cameo-example``; these are the CAMEO manual's examples).  The twenty
  2-digit roots have no description and no example (NA) and are skipped: their
  codes are covered by their 3- and 4-digit children.  The table's mojibake
  (Mac-Roman round trips of curly quotes and dashes) is repaired (MOJIBAKE).
* ``plover/NGEC.PLOVER_structured_codebook_updated.csv`` (SHARED_DATA_DIR): the
  NGEC PLOVER codebook (ahalterman/NGEC, MIT).  One exemplar per type
  definition and per mode definition (origin ``ngec-plover``), labelled with a
  CAMEO root through ``plover/CAMEO2PLOVER-2021.txt`` (openeventdata/PLOVER,
  CC BY-SA 4.0): the root of every CAMEO code the table maps to the row's
  (type, mode) when that is a single root, else the root(s) whose 2-digit line
  maps to the type when that is a single root, else the row is skipped
  (ASSAULT without a mode, ACCUSE without a mode, ...).
* ACLED_DESCRIPTIONS below: Dyad's own descriptions of the 25 ACLED-style
  sub-event types (kind ``subevent``, origin ``dyad-acled``), GPL-3.0-or-later.
* ``eval/gold/dev.jsonl`` and ``eval/gold/real.jsonl`` (this repository): one
  exemplar per gold sentence (kind ``cameo``), labelled with the code of its
  first asserted event (no ``modality``) or ``none``; for real.jsonl sentences
  whose first asserted event has a ``sub_event_type``, also a ``subevent``
  exemplar.  Origin: the file name, so a gold file is never scored against its
  own sentences.

Output: UTF-8, LF, tab separated; ``#`` lines are comments naming sources and
licences; then the header ``id kind label origin text`` and one row per
exemplar.  Texts are whitespace-collapsed (no tabs or newlines).  Exact
duplicate (kind, label, text) rows are dropped.  The output is deterministic.

After regenerating, rebuild the precomputed vectors (exemplars.f32) with
``org.dyad.typer.BuildExemplarVectors`` (see dyad-typer/README.md); the typer
refuses to start when the vectors do not match the TSV's SHA-256.
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "dyad-typer/src/main/resources/org/dyad/typer/exemplars.tsv"

# Mac-Roman round trips of UTF-8 punctuation found in the ICEWS table, and the
# classic UTF-8-as-Mac-Roman forms (‚Äô etc.), repaired to plain ASCII.
MOJIBAKE = [
    ("ÇƒÓÇƒÚ", " - '"),
    ("ÇƒÙÇƒÚ", "' '"),
    ("ÇƒÙ", "'"),
    ("ÇƒÚ", "'"),
    ("Çƒ˘", '"'),
    ("Çƒ˙", '"'),
    ("ÇƒÓ", " - "),
    ("‚Äô", "'"),
    ("‚Äò", "'"),
    ("‚Äú", '"'),
    ("‚Äù", '"'),
    ("‚Äî", " - "),
    ("‚Äì", " - "),
    ("C¨? ankaya", "Cankaya"),
    ("¨£", "£"),
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("—", " - "),
    ("–", " - "),
]

SUB_EVENT_TYPES = [
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
]

# Dyad's own descriptions of the ACLED-style sub-event types, written for this
# bank (not copied from ACLED's codebook): how a conflict monitor would report
# each kind of event.  Two or three per type (ids acled-NN-a/b/c).
ACLED_DESCRIPTIONS = {
    "Armed clash": [
        "Two armed groups fought each other, exchanging gunfire in a battle between soldiers and rebel fighters.",
        "Government troops clashed with militants near the village, and fighting between the armed forces continued for hours.",
    ],
    "Government regains territory": [
        "The army recaptured the town from the insurgents and government forces retook control of the area.",
        "State troops regained the district after rebels withdrew, restoring government control over the territory.",
    ],
    "Non-state actor overtakes territory": [
        "Rebel fighters seized control of the town after government troops retreated.",
        "An armed group captured the district headquarters and militants took over the territory from the army.",
    ],
    "Chemical weapon": [
        "A chemical attack with toxic gas such as chlorine or sarin struck a neighbourhood, leaving residents choking.",
        "Forces used chemical weapons, releasing a poison gas on the town.",
    ],
    "Air/drone strike": [
        "Warplanes bombed the area in an air strike, dropping bombs on the town from the air.",
        "An armed drone struck a vehicle, and an unmanned aerial vehicle attack hit the building.",
        "Helicopter gunships and fighter jets carried out airstrikes on positions in the city.",
    ],
    "Suicide bomb": [
        "A suicide bomber blew himself up in a crowd, detonating an explosive vest.",
        "An attacker drove a car packed with explosives into a checkpoint and detonated it in a suicide bombing.",
    ],
    "Shelling/artillery/missile attack": [
        "Artillery shelled the city, and rockets and mortar rounds landed on residential areas.",
        "Forces fired missiles at the town from a distance, and shells hit houses near the front line.",
    ],
    "Remote explosive/landmine/IED": [
        "A roadside bomb exploded as a patrol passed, and an improvised explosive device was detonated remotely.",
        "A vehicle struck a landmine, and a car bomb planted in the market went off.",
    ],
    "Grenade": [
        "An attacker threw a hand grenade into a crowd, and the grenade exploded outside a shop.",
        "Unknown men hurled a grenade at a police post.",
    ],
    "Sexual violence": [
        "Armed men raped women in the village, and soldiers were accused of sexual violence against civilians.",
        "Fighters sexually assaulted a girl during the raid.",
    ],
    "Attack": [
        "Gunmen attacked civilians, shooting and killing villagers in a raid on the settlement.",
        "Armed assailants stormed a house and killed a local official, attacking unarmed people.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen kidnapped a group of travellers and took them hostage.",
        "Armed men abducted an activist, who has not been seen since, and security forces made a journalist disappear.",
    ],
    "Peaceful protest": [
        "Demonstrators marched peacefully through the capital, holding banners and chanting slogans, without intervention.",
        "Residents gathered in a peaceful rally and sit-in to protest against the government's decision.",
        "Workers went on strike and held a demonstration outside the ministry.",
    ],
    "Protest with intervention": [
        "Police dispersed a peaceful protest and detained several demonstrators.",
        "Security forces broke up the rally, using tear gas against peaceful protesters.",
    ],
    "Excessive force against protesters": [
        "Security forces opened fire with live ammunition on unarmed protesters, killing several demonstrators.",
        "Soldiers shot dead peaceful marchers and beat protesters severely.",
    ],
    "Violent demonstration": [
        "Rioters threw stones and petrol bombs at police and set cars on fire during the protest.",
        "Protesters clashed with police, burned tyres and vandalised shops in a violent demonstration.",
    ],
    "Mob violence": [
        "An angry mob attacked and lynched a man accused of theft.",
        "A crowd of villagers beat a suspect to death and attacked members of a rival community.",
    ],
    "Agreement": [
        "The warring parties signed a ceasefire agreement and a peace deal.",
        "The government and the rebel group agreed to exchange prisoners and to a truce.",
    ],
    "Arrests": [
        "Police arrested the opposition leader, and security forces detained several activists.",
        "Authorities took suspects into custody in a wave of arrests.",
    ],
    "Change to group/activity": [
        "The armed group announced a change of leadership, and rebel factions merged into a new alliance.",
        "The militia declared it would disband and its fighters laid down their arms, changing the group's activity.",
    ],
    "Disrupted weapons use": [
        "Air defences shot down an incoming missile, intercepting the drone before it reached its target.",
        "Soldiers defused a bomb and seized a weapons cache before it could be used.",
    ],
    "Headquarters or base established": [
        "The armed group set up a new base in the town and established its headquarters there.",
        "Troops established a military camp and outpost in the area.",
    ],
    "Looting/property destruction": [
        "Armed men looted shops and torched homes, destroying property in the village.",
        "Fighters burned down houses and plundered the market.",
    ],
    "Non-violent transfer of territory": [
        "Government troops withdrew from the town without a fight and handed control to the local militia.",
        "The rebels peacefully handed over the area to the army under a local agreement.",
    ],
    "Other": [
        "An armed group carried out an unusual political violence event that fits no other category.",
        "Security incident involving armed actors with unclear circumstances.",
    ],
}


def clean(text):
    for bad, good in MOJIBAKE:
        text = text.replace(bad, good)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" +([,.;:])", r"\1", text)
    return text


def sentence(text):
    text = clean(text)
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?\"'":
        text += "."
    return text


def name_case(name):
    name = clean(name)
    return name.title() if name.isupper() else name


def dyad_codes():
    """The CAMEO codes of Dyad's ontology (GDELT's set); ICEWS has a few more."""
    path = REPO / "dyad-model/src/main/resources/org/dyad/ontology/cameo-codes.tsv"
    return {line.split("\t", 1)[0] for line in open(path, encoding="utf-8")
            if line[:1].isdigit()}


def icews(shared, rows, notes):
    path = shared / "cameo-codes/icews-cameo-codes.utf8.csv"
    skipped = []
    known = dyad_codes()
    mapped = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            code = r["code"].strip()
            # An ICEWS-only code (1213 "Reject judicial cooperation") is labelled with its nearest
            # parent in Dyad's ontology (121), so that every label is a code the coder knows.
            parent = code
            while parent not in known and len(parent) > 2:
                parent = parent[:-1]
            if parent != code:
                mapped.append(f"{code}->{parent}")
            desc = r["description"].strip()
            if desc in ("", "NA"):
                skipped.append(code)
                continue
            rows.append((f"cameo-desc-{code}", "cameo", parent, "icews-cameo-desc",
                         sentence(name_case(r["name"])) + " " + sentence(desc)))
            # The manual's coder notes ("Note: Two reciprocal events are coded ...") are not news text.
            example = re.split(r"\s+Note:", r["example"].strip())[0]
            if example not in ("", "NA"):
                rows.append((f"cameo-ex-{code}", "cameo", parent, "icews-cameo-example", sentence(example)))
    notes.append(f"ICEWS rows without a description, skipped: {' '.join(skipped)}")
    notes.append(f"ICEWS codes not in Dyad's ontology, labelled with their parent: {' '.join(mapped) or 'none'}")


def cameo2plover(shared):
    """(type, mode) -> set of roots, and type -> set of roots of its 2-digit lines."""
    by_mode, by_root_line = {}, {}
    for line in open(shared / "plover/CAMEO2PLOVER-2021.txt", encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0].upper()
        mode = parts[1].lower() if len(parts) > 1 else ""
        if not ptype:
            continue
        if len(code) == 2:
            by_root_line.setdefault(ptype, set()).add(code)
        by_mode.setdefault((ptype, mode), set()).add(code[:2])
    return by_mode, by_root_line


def plover(shared, rows, notes):
    by_mode, by_root_line = cameo2plover(shared)
    seen, skipped, counters = set(), [], {}

    def root_of(ptype, mode):
        roots = by_mode.get((ptype, mode)) if mode else None
        if roots and len(roots) == 1:
            return next(iter(roots))
        roots = by_root_line.get(ptype, set())
        return next(iter(roots)) if len(roots) == 1 else None

    with open(shared / "plover/NGEC.PLOVER_structured_codebook_updated.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            ptype, mode = r["event"].strip().upper(), r["mode"].strip().lower()
            for what, text in (("def", r["event_def"]), ("mode", r["mode_def"])):
                text = sentence(text)
                if not text or (ptype, text) in seen:
                    continue
                seen.add((ptype, text))
                root = root_of(ptype, "" if what == "def" else mode)
                if root is None:
                    skipped.append(f"{ptype}/{mode or '-'}" if what == "mode" else f"{ptype} definition")
                    continue
                n = counters[ptype] = counters.get(ptype, 0) + 1
                rows.append((f"plover-{ptype.lower()}-{n:02d}", "cameo", root, "ngec-plover", text))
    notes.append("PLOVER rows skipped (no single CAMEO root): " + ", ".join(sorted(set(skipped))))


def acled(rows):
    assert list(ACLED_DESCRIPTIONS) == SUB_EVENT_TYPES, "ACLED_DESCRIPTIONS must list the 25 types in order"
    for i, (label, texts) in enumerate(ACLED_DESCRIPTIONS.items(), 1):
        for j, text in enumerate(texts):
            rows.append((f"acled-{i:02d}-{'abc'[j]}", "subevent", label, "dyad-acled", sentence(text)))


def gold(repo, rows, name, subevents):
    for line in open(repo / "eval/gold" / name, encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        asserted = [e for e in d["events"] if not e.get("modality")]
        text = clean(d["text"])
        first = asserted[0] if asserted else None
        rows.append((d["id"], "cameo", first["code"] if first else "none", name, text))
        if subevents and first and first.get("sub_event_type"):
            sub = first["sub_event_type"]
            if sub not in SUB_EVENT_TYPES:
                raise SystemExit(f"{name}: {d['id']}: unknown sub_event_type {sub!r}")
            rows.append((d["id"] + "-sub", "subevent", sub, name, text))


HEADER = """\
# Dyad exemplar bank for dyad-typer: labelled sentences the embedding typer compares with.
# Generated by tools/gen-exemplars.py; do not edit by hand. After regenerating, rebuild
# exemplars.f32 with org.dyad.typer.BuildExemplarVectors (see dyad-typer/README.md).
# Columns: id, kind (cameo | subevent), label (CAMEO code, "none", or ACLED-style sub-event type),
# origin, text. Sources and licences, by origin:
# - icews-cameo-desc, icews-cameo-example: the ICEWS CAMEO codebook table (andybega/icews,
#   data-raw/cameo-codes.csv, commit 3746c729), MIT, (c) 2022 Andreas Beger; names and
#   descriptions of the CAMEO codes and the CAMEO manual 1.1b3's example sentences (Schrodt,
#   Parus Analytics / Penn State). Mojibake repaired.
# - ngec-plover: PLOVER event and mode definitions from the NGEC structured codebook
#   (ahalterman/NGEC, MIT), labelled with a CAMEO root through CAMEO2PLOVER-2021.txt
#   (openeventdata/PLOVER commit 5e0c24fb, CC BY-SA 4.0) only where that root is unambiguous.
# - dyad-acled: Dyad's own descriptions of the ACLED-style sub-event types (GPL-3.0-or-later).
# - dev.jsonl, real.jsonl: Dyad's gold sentences (eval/gold; GPL-3.0-or-later; the Wikinews
#   sentences of real.jsonl are CC BY 2.5, Wikinews), labelled with their first asserted event's
#   code (or "none"), and for real.jsonl also its sub-event type. Evaluate a gold file only on a
#   bank without its own origin (ExemplarBank.excluding).
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shared", nargs="?", default="../shared/data")
    ap.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    args = ap.parse_args()
    shared = Path(args.shared)
    if not shared.is_absolute():
        shared = (REPO / shared).resolve()
    rows, notes = [], []
    icews(shared, rows, notes)
    plover(shared, rows, notes)
    acled(rows)
    gold(REPO, rows, "dev.jsonl", subevents=False)
    gold(REPO, rows, "real.jsonl", subevents=True)

    seen, ids, out, dropped = set(), set(), [], []
    for row in rows:
        assert all("\t" not in c and "\n" not in c for c in row), row
        assert row[0] not in ids, f"duplicate id {row[0]}"
        assert row[4], f"empty text {row[0]}"
        ids.add(row[0])
        key = (row[1], row[2], row[4])
        if key in seen:
            dropped.append(row[0])
            continue
        seen.add(key)
        out.append(row)
    if dropped:
        notes.append("exact duplicates of an earlier row (same kind, label and text), dropped: " + " ".join(dropped))
    bad = [r[0] for r in out if re.search(r"[ÇƒÙ¨]|‚Ä", r[4])]
    if bad:
        raise SystemExit(f"mojibake left in: {bad}")

    text = HEADER + "".join(f"# note: {n}\n" for n in notes) + "id\tkind\tlabel\torigin\ttext\n"
    text += "".join("\t".join(r) + "\n" for r in out)
    Path(args.output).write_text(text, encoding="utf-8")
    counts = {}
    for r in out:
        counts[r[3]] = counts.get(r[3], 0) + 1
    print(f"{len(out)} exemplars -> {args.output}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    sys.exit(main())
