#!/usr/bin/env python3
"""Generate Dyad's CAMEO event-code ontology table (cameo-codes.tsv).

Usage (from the repository root):

    python3 tools/gen-cameo-codes.py [SHARED_DATA_DIR] [-o OUTPUT]

SHARED_DATA_DIR defaults to ``../shared/data``; a relative path is taken
relative to the repository root (the parent of this script's ``tools/``
directory), not to the current directory.  The output defaults to
``dyad-model/src/main/resources/org/dyad/ontology/cameo-codes.tsv``.

Inputs (all inside SHARED_DATA_DIR):

* ``cameo-codes/CAMEO.eventcodes.txt``    GDELT code -> description (2013 copy)
* ``cameo-codes/CAMEO.goldsteinscale.txt`` GDELT code -> Goldstein value
* ``plover/CAMEO2PLOVER-2021.txt``         CAMEO code -> "PLOVER type, mode, context"

Output: UTF-8, LF, tab separated; ``#`` lines are comments; then the header
``code name goldstein quad_class plover_type plover_mode plover_context`` and
one row per CAMEO code GDELT lists (2-digit roots, 3-digit base codes and
4-digit leaf codes), sorted by code as strings.

How each column is made:

* ``name``: the GDELT description, whitespace-normalised, with the few
  corrections listed in NAME_FIXES; ALL-CAPS root names are put in Title Case.
* ``goldstein``: GDELT value written as a decimal (``-10.0``).
* ``quad_class``: 1 verbal cooperation (roots 01-05), 2 material cooperation
  (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
* ``plover_type/mode/context``: from CAMEO2PLOVER-2021.txt (old type names
  mapped to current ones, see TYPE_ALIASES; several contexts joined with
  ``|``).  Codes the table does not cover get (a) the explicit decision in
  DECISIONS if there is one, else (b) the type of the nearest ancestor that
  has one, with mode/context copied from a structurally parallel code where
  PARALLEL_FAMILIES says so.  Every such row is listed in a comment line of
  the generated file.  plover_type is never empty.

The script checks its output (every 3/4-digit code has its root and parent,
Goldstein in [-10, 10], no empty/unknown plover_type, code sets of the two
GDELT files agree), prints a summary and exits non-zero if a check fails.
Standard library only; the output is deterministic (no timestamps).
"""

import argparse
import hashlib
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = "../shared/data"
DEFAULT_OUT = Path("dyad-model/src/main/resources/org/dyad/ontology/cameo-codes.tsv")

EVENTCODES = "cameo-codes/CAMEO.eventcodes.txt"
GOLDSTEIN = "cameo-codes/CAMEO.goldsteinscale.txt"
CAMEO2PLOVER = "plover/CAMEO2PLOVER-2021.txt"

PLOVER_COMMIT = "5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f"

HEADER = ["code", "name", "goldstein", "quad_class",
          "plover_type", "plover_mode", "plover_context"]

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

# Older PLOVER type names (2016 GSR, manual draft 0.6) -> current names.
TYPE_ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
                "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# When an old name carried meaning now expressed as a mode.
ALIAS_DEFAULT_MODE = {"INVESTIGATE": "investigate"}

# A type field matching this means "no mapping" (treated like a missing row).
NOT_CODED_RE = re.compile(r"^(|-+|none|n/?a|dropped|not[ _-]?coded.*)$", re.I)

# Mode and context vocabularies of PLOVER_MANUAL.tex (commit 5e0c24fb):
# mode tables per event type and Table "General contexts".  Used only to
# flag table values outside the manual's vocabulary (values are kept as-is).
MANUAL_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "aerial",
                "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
MANUAL_CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic",
    "legal", "reparations", "human_rights", "rights_freedoms", "repression",
    "human_security", "gender", "lgbt", "religion_ethnicity", "inequality",
    "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism",
    "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs",
    "trafficking",
}

# Corrections to GDELT descriptions: code -> (text expected in the source,
# replacement, reason).  Applied as a substring replacement; a warning is
# printed if the expected text is not found (e.g. the source was fixed).
NAME_FIXES = OrderedDict([
    ("033", ("matyerial", "material", "typo in GDELT")),
    ("044", ("Meet at a \u00d2hird\u00d3location", "Meet at a 'third' location",
             "Mac-Roman curly quotes mis-decoded in GDELT; text per CAMEO manual/ICEWS")),
    ("2041", ("radiologicalweapons", "radiological weapons", "missing space in GDELT")),
])

# GDELT descriptions that follow an older CAMEO draft.  The codes' meaning in
# CAMEO 1.1b3 (manual ch. 6), ICEWS, PETRARCH-2's CAMEO.2.0.txt and the PLOVER
# table is the one given here.  Dyad uses these 1.1b3 names, so that a code's
# name agrees with its PLOVER columns and with the dictionaries that use it.
GDELT_STALE_NAMES = OrderedDict([
    ("101", "Demand material cooperation, not specified below"),
    ("105", "Demand that target yields, not specified below"),
    ("106", "Demand meeting, negotiation"),
    ("107", "Demand settling of dispute"),
    ("108", "Demand mediation"),
])

# PLOVER modes that Dyad sets differently from CAMEO2PLOVER-2021.txt:
# code -> (mode, reason).
MODE_OVERRIDES = OrderedDict([
    ("195", ("aerial",
             "the 2021 table gives heavy-weapons, but the manual's violence modes (tab:violmode) "
             "define aerial as 'manned aerial vehicles' and heavy-weapons as 'artillery, rocket "
             "launchers, armored vehicles, tanks'; CAMEO 195 'Employ aerial weapons' is aerial")),
])

# Conflicting duplicate rows in CAMEO2PLOVER-2021.txt: code -> (type, reason).
DUPLICATE_RESOLUTION = {
    "08": ("CONCEDE",
           "table has both '08: CONCEDE' and '08: RETREAT' (YIELD split); the root "
           "takes CONCEDE like 080 'Yield, not specified below' (table: CONCEDE); "
           "081-083 are CONCEDE, 084-087 RETREAT"),
}

# Explicit decisions for codes neither the table nor an ancestor covers.
# PLOVER drops CAMEO 01 (MAKE PUBLIC STATEMENT) and 02 (APPEAL) (manual,
# "CAMEO vs. PLOVER", Table tab:xlate).  Its Note 2 allows per-code exceptions
# (suggesting 015 -> AGREE, 016 -> REJECT) if documented.  code ->
# (type, mode, context, reason).  Children of a decided code that have no
# decision of their own inherit its type (nearest-ancestor rule).
DECISIONS = OrderedDict([
    ("01", ("SUPPORT", "", "",
            "PLOVER has no public-statement type (01 dropped); root follows 010")),
    ("010", ("SUPPORT", "", "",
             "PLOVER has no neutral-statement type; GDELT puts 01 in verbal cooperation "
             "(quad 1) and SUPPORT (diplomatic, non-material, verbal cooperation) is the "
             "broadest verbal-cooperation type; users who want strict PLOVER should drop root 01")),
    ("011", ("REJECT", "", "",
             "declining/refusing to comment is a refusal; manual: REJECT = 'All rejections and refusals'")),
    ("012", ("ACCUSE", "", "",
             "explicit pessimism/scepticism about another actor is the nearest fit to ACCUSE "
             "(express disapproval, objections); no mode given (not a formal 'disapprove')")),
    ("013", ("SUPPORT", "", "",
             "optimistic comment = positive verbal stance; manual: SUPPORT = express support for, commend")),
    ("014", ("AGREE", "", "",
             "considering a policy option is a tentative indication of willingness; AGREE is "
             "PLOVER's verbal-intention type (hostile options would rather be THREATEN)")),
    ("015", ("AGREE", "", "",
             "manual Note 2: 'CAMEO 015: Acknowledge or claim responsibility might be considered AGREE'")),
    ("016", ("REJECT", "", "",
             "manual Note 2: 'CAMEO 016: Deny responsibility might be considered REJECT'")),
    ("017", ("SUPPORT", "", "",
             "symbolic acts (vigils, funerals, wreaths; CAMEO: incl. those implying empathy) "
             "express solidarity; SUPPORT is non-material support")),
    ("018", ("SUPPORT", "", "",
             "condolences/sympathy/empathy: manual SUPPORT = express support for an actor")),
    ("019", ("SUPPORT", "", "",
             "expressing accord without commitment to cooperate (CAMEO usage note) is SUPPORT "
             "('approve policy, action, or actor'), not AGREE (commitment)")),
    ("02", ("REQUEST", "", "",
            "PLOVER drops APPEAL, but the 2021 manual defines REQUEST as 'All requests, demands, "
            "and orders'; CAMEO 02x mirrors 10x (DEMAND) code-for-code")),
])

# Family -> parallel family whose table mode/context is copied to rows that
# inherit their type (02x APPEAL mirrors 10x DEMAND: 021<->101 ... 028<->108).
PARALLEL_FAMILIES = {"02": "10"}

SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on",
               "or", "the", "to", "with"}


def sha16(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def title_case(text):
    words = text.lower().split(" ")
    return " ".join(w if (i > 0 and w in SMALL_WORDS) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def clean_name(text):
    return re.sub(r"\s+", " ", text).strip()


def read_tsv_table(path, expected_header):
    """Read a 2-column GDELT lookup file -> OrderedDict code -> value."""
    rows = OrderedDict()
    problems = []
    with path.open(encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    if not lines or lines[0].split("\t") != expected_header:
        problems.append(f"{path.name}: unexpected header {lines[:1]!r}")
        lines = [""] + lines
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not re.fullmatch(r"\d{2,4}", parts[0].strip()):
            problems.append(f"{path.name}:{n}: unparsable line {line!r}")
            continue
        code, value = parts[0].strip(), parts[1]
        if code in rows:
            problems.append(f"{path.name}:{n}: duplicate code {code}")
            continue
        rows[code] = value
    return rows, problems


def parse_plover_table(path):
    """Parse CAMEO2PLOVER-2021.txt -> (mapping, notes).

    mapping: code -> dict(type, mode, context, line); notes: list of strings
    describing duplicates and other irregularities.
    """
    entries = {}
    notes = []
    pending = {}
    with path.open(encoding="utf-8") as f:
        for n, raw in enumerate(f, start=1):
            line = raw.rstrip("\n")
            m = re.match(r"^\s*(\d{2,4})\s*:\s*(.*)$", line)
            if not m:
                continue  # comments, blank lines, '~~~~~' trailer
            code, rest = m.group(1), m.group(2)
            rest = rest.split("#", 1)[0]
            fields = [x.strip() for x in rest.split(",")]
            fields += [""] * (3 - len(fields))
            raw_type = fields[0].upper()
            mode = fields[1].lower()
            # more than 3 comma fields: treat the rest as further contexts
            ctx_parts = []
            for x in fields[2:]:
                ctx_parts += re.split(r"[;|/]", x)
            contexts = [c.strip().lower() for c in ctx_parts if c.strip()]
            if NOT_CODED_RE.match(raw_type):
                notes.append(f"line {n}: code {code} has no PLOVER type ({line.strip()!r}); treated as missing")
                continue
            ptype = TYPE_ALIASES.get(raw_type, raw_type)
            if raw_type in TYPE_ALIASES:
                notes.append(f"line {n}: code {code}: old type {raw_type} mapped to {ptype}")
                if not mode and raw_type in ALIAS_DEFAULT_MODE:
                    mode = ALIAS_DEFAULT_MODE[raw_type]
            if re.search(r"\s", mode):
                notes.append(f"line {n}: code {code}: mode {mode!r} contains whitespace; replaced by '_'")
                mode = re.sub(r"\s+", "_", mode)
            entry = {"type": ptype, "mode": mode, "context": "|".join(contexts),
                     "line": n}
            pending.setdefault(code, []).append(entry)
    for code, lst in pending.items():
        distinct = {(e["type"], e["mode"], e["context"]) for e in lst}
        lines = ", ".join(str(e["line"]) for e in lst)
        if len(distinct) == 1:
            entries[code] = lst[0]
            if len(lst) > 1:
                notes.append(f"code {code} listed {len(lst)} times with the same mapping "
                             f"(lines {lines}); kept once")
        elif code in DUPLICATE_RESOLUTION:
            want, reason = DUPLICATE_RESOLUTION[code]
            chosen = [e for e in lst if e["type"] == want]
            if not chosen:
                raise SystemExit(f"DUPLICATE_RESOLUTION for {code} names {want}, "
                                 f"not among the table rows (lines {lines})")
            entries[code] = chosen[0]
            notes.append(f"code {code} has conflicting rows (lines {lines}): "
                         f"{sorted(t for t, _, _ in distinct)}; DECISION {want}: {reason}")
        else:
            raise SystemExit(f"conflicting CAMEO2PLOVER rows for {code} (lines {lines}); "
                             f"add it to DUPLICATE_RESOLUTION")
    return entries, notes


def quad_class(code):
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    raise ValueError(f"root {root} of {code} outside 01-20")


def ancestors(code):
    """Nearest first: 4-digit -> 3-digit -> root; 3-digit -> root."""
    out = []
    if len(code) == 4:
        out.append(code[:3])
    if len(code) >= 3:
        out.append(code[:2])
    return out


def format_goldstein(value):
    v = float(value)
    if v == 0:
        v = 0.0  # avoid '-0.0'
    s = repr(v)
    return s if "." in s or "e" in s else s + ".0"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", default=DEFAULT_DATA_DIR,
                    help="shared data directory, relative to the repo root "
                         f"(default {DEFAULT_DATA_DIR})")
    ap.add_argument("-o", "--output", default=None,
                    help=f"output file, relative to the repo root (default {DEFAULT_OUT})")
    args = ap.parse_args(argv)

    data_dir = (REPO_ROOT / args.data_dir).resolve()
    out_path = (REPO_ROOT / (args.output or DEFAULT_OUT)).resolve()
    ev_path, gs_path, pl_path = (data_dir / EVENTCODES, data_dir / GOLDSTEIN,
                                 data_dir / CAMEO2PLOVER)
    for p in (ev_path, gs_path, pl_path):
        if not p.is_file():
            raise SystemExit(f"missing input: {p}")

    errors, warnings = [], []

    names, probs = read_tsv_table(ev_path, ["CAMEOEVENTCODE", "EVENTDESCRIPTION"])
    errors += probs
    golds, probs = read_tsv_table(gs_path, ["CAMEOEVENTCODE", "GOLDSTEINSCALE"])
    errors += probs
    plover, plover_notes = parse_plover_table(pl_path)

    # ---- source cross-checks -------------------------------------------
    only_ev = sorted(set(names) - set(golds))
    only_gs = sorted(set(golds) - set(names))
    if only_ev:
        errors.append(f"codes without Goldstein value: {only_ev}")
    if only_gs:
        warnings.append(f"Goldstein codes without description (ignored): {only_gs}")
    only_pl = sorted(set(plover) - set(names))
    if only_pl:
        plover_notes.append(f"codes in CAMEO2PLOVER but not in GDELT (not emitted): "
                            f"{', '.join(only_pl)}")
    no_pl = sorted(c for c in names if c not in plover)

    # ---- build rows ----------------------------------------------------
    name_fix_notes = []
    rows = []
    fallback_notes = []
    for code in sorted(names):
        name = names[code]
        if code in NAME_FIXES:
            old, new, why = NAME_FIXES[code]
            if old in name:
                name = name.replace(old, new)
                name_fix_notes.append(f"{code}: {old!a} -> {new!a} ({why})")
            else:
                warnings.append(f"NAME_FIXES[{code}]: {old!a} not found in {name!a}")
        if code in GDELT_STALE_NAMES:
            name_fix_notes.append(f"{code}: GDELT {name!a} -> CAMEO 1.1b3 {GDELT_STALE_NAMES[code]!a}")
            name = GDELT_STALE_NAMES[code]
        name = clean_name(name)
        if len(code) == 2 and name.upper() == name:
            name = title_case(name)
        if re.search(r"[^\x20-\x7e]", name):
            warnings.append(f"{code}: non-ASCII characters left in name {name!r}")

        if code in plover:
            e = plover[code]
            ptype, mode, ctx = e["type"], e["mode"], e["context"]
        elif code in DECISIONS:
            ptype, mode, ctx, why = DECISIONS[code]
            fallback_notes.append(f"{code}: {ptype} -- DECISION: {why}")
        else:
            src = next((a for a in ancestors(code) if a in plover or a in DECISIONS), None)
            if src is None:
                errors.append(f"{code}: no PLOVER type in table, DECISIONS or ancestors")
                ptype, mode, ctx = "", "", ""
            else:
                ptype = plover[src]["type"] if src in plover else DECISIONS[src][0]
                mode, ctx = "", ""
                how = f"type inherited from ancestor {src}"
                par = PARALLEL_FAMILIES.get(code[:2])
                if par:
                    pcode = par + code[2:]
                    if pcode in plover and plover[pcode]["type"] == ptype:
                        mode, ctx = plover[pcode]["mode"], plover[pcode]["context"]
                        how += f"; mode/context copied from parallel code {pcode}"
                    else:
                        how += f"; parallel code {pcode} unusable, mode/context left empty"
                fallback_notes.append(f"{code}: {ptype} -- {how}")

        if code in MODE_OVERRIDES:
            mode = MODE_OVERRIDES[code][0]
            fallback_notes.append(f"{code}: mode {mode} -- OVERRIDE: {MODE_OVERRIDES[code][1]}")
        rows.append([code, name, format_goldstein(golds.get(code, "nan")),
                     str(quad_class(code)), ptype, mode, ctx])

    # ---- table rows whose type differs from their nearest ancestor's ----
    row_type = {r[0]: r[4] for r in rows}
    for r in rows:
        code = r[0]
        if code in plover and len(code) > 2:
            parent = ancestors(code)[0]
            if parent in row_type and row_type[parent] != r[4]:
                plover_notes.append(f"code {code} is {r[4]} although its parent {parent} "
                                    f"is {row_type[parent]} (kept as the table gives it)")

    # ---- vocabulary notes (values kept as the table gives them) -------
    vocab_notes = []
    odd_modes, odd_ctx = OrderedDict(), OrderedDict()
    for r in rows:
        code, ptype, mode, ctx = r[0], r[4], r[5], r[6]
        if mode and mode not in MANUAL_MODES.get(ptype, set()):
            odd_modes.setdefault(f"{ptype}:{mode}", []).append(code)
        for c in filter(None, ctx.split("|")):
            if c not in MANUAL_CONTEXTS:
                odd_ctx.setdefault(c, []).append(code)
    for k, codes in odd_modes.items():
        vocab_notes.append(f"mode not in the manual's {k.split(':')[0]} mode table: "
                           f"{k.split(':', 1)[1]!r} ({', '.join(codes)})")
    for k, codes in odd_ctx.items():
        vocab_notes.append(f"context not in the manual's context table: {k!r} ({', '.join(codes)})")

    # ---- checks ----------------------------------------------------------
    codes = {r[0] for r in rows}
    for r in rows:
        code = r[0]
        if len(code) not in (2, 3, 4):
            errors.append(f"{code}: bad code length")
        if len(code) >= 3 and code[:2] not in codes:
            errors.append(f"{code}: root {code[:2]} missing")
        if len(code) == 4 and code[:3] not in codes:
            errors.append(f"{code}: parent {code[:3]} missing")
        g = float(r[2])
        if not (-10.0 <= g <= 10.0):
            errors.append(f"{code}: goldstein {r[2]} outside [-10, 10]")
        if not r[4]:
            errors.append(f"{code}: empty plover_type")
        elif r[4] not in PLOVER_TYPES:
            errors.append(f"{code}: unknown plover_type {r[4]!r}")
        for field in r:
            if "\t" in field or "\n" in field or "\r" in field:
                errors.append(f"{code}: tab/newline inside a field")
    if [r[0] for r in rows] != sorted(r[0] for r in rows):
        errors.append("rows not sorted by code")

    # ---- write ------------------------------------------------------------
    def rel(p):
        try:
            return p.relative_to(data_dir).as_posix()
        except ValueError:
            return str(p)

    c = [
        "cameo-codes.tsv -- Dyad's CAMEO event-code ontology (one row per CAMEO event code).",
        "GENERATED by tools/gen-cameo-codes.py; do not edit by hand. Regenerate with:",
        "  python3 tools/gen-cameo-codes.py [SHARED_DATA_DIR]",
        "",
        "Format: UTF-8, LF line ends, tab separated; lines starting with '#' are comments;",
        "the first non-comment line is the column header; rows are sorted by code as strings.",
        "",
        "Sources (paths relative to the shared data directory; sha256, first 16 hex digits):",
        f"  {rel(ev_path)} ({sha16(ev_path)}): GDELT CAMEO event-code lookup table, 2013 copy of",
        "    http://gdeltproject.org/data/lookups/CAMEO.eventcodes.txt (repo mpiccirilli/UNDP-BCPR-Project",
        "    commit e009a802f0e801526a6ff9a70d452b5cecd7ccb6).",
        f"  {rel(gs_path)} ({sha16(gs_path)}): GDELT Goldstein-scale lookup table (same origin).",
        f"  {rel(pl_path)} ({sha16(pl_path)}): CAMEO->PLOVER conversion table (PLOVER manual",
        f"    draft 0.8, 17-Sep-2021, P. Schrodt), openeventdata/PLOVER commit {PLOVER_COMMIT[:8]}",
        f"    ({PLOVER_COMMIT}); decisions below cite PLOVER_MANUAL.tex of the same commit.",
        "  CAMEO itself: Schrodt, Gerner & Yilmaz, CAMEO Conflict and Mediation Event Observations",
        "    Event and Actor Codebook, version 1.1b3 (2012).",
        "",
        "Licences:",
        "  GDELT lookup tables (code, name, goldstein): open data, free for any use with attribution",
        "    to the GDELT Project (https://www.gdeltproject.org/).",
        "  PLOVER (plover_type, plover_mode, plover_context): Creative Commons Attribution-ShareAlike",
        "    4.0 International (CC BY-SA 4.0), (c) Open Event Data Alliance, openeventdata/PLOVER",
        f"    commit {PLOVER_COMMIT[:8]}. These columns are an adaptation (old type names updated,",
        "    gaps filled as documented below) and are shared under CC BY-SA 4.0.",
        "",
        "Columns:",
        "  code            CAMEO event code: 2-digit root (cue category), 3-digit base or 4-digit leaf code.",
        "  name            GDELT description (whitespace-normalised; roots in Title Case; fixes listed below).",
        "  goldstein       GDELT Goldstein conflict/cooperation value, -10.0 .. 10.0.",
        "  quad_class      1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),",
        "                  3 verbal conflict (09-13), 4 material conflict (14-20).",
        "  plover_type     PLOVER event type, upper case, never empty: " + " ".join(PLOVER_TYPES[:8]),
        "                  " + " ".join(PLOVER_TYPES[8:]) + ".",
        "  plover_mode     PLOVER mode, lower case; empty if the table gives none.",
        "  plover_context  PLOVER context(s), lower case, several joined with '|'; empty if none.",
        "",
        "Goldstein values are GDELT's; ICEWS differs on 016 (-5.0), 022 (3.4), 164 (-6.5), 165 (-7.0)",
        "",
        "PLOVER mapping rules: the row of CAMEO2PLOVER-2021.txt for the code; old type names mapped",
        "  (" + ", ".join(f"{k}->{v}" for k, v in TYPE_ALIASES.items()) + "). Codes without a row:",
        "  an explicit decision (below), else the nearest ancestor's type. PLOVER drops CAMEO 01",
        "  (MAKE PUBLIC STATEMENT) and 02 (APPEAL); the 01/02 rows are Dyad's own choices. Consumers",
        "  that want strict PLOVER should treat codes 01* and 02* as not coded in PLOVER.",
        "",
        "PLOVER types decided here or inherited (rows not covered by CAMEO2PLOVER-2021.txt):",
    ]
    c += ["  " + s for s in fallback_notes]
    c += ["", "CAMEO2PLOVER-2021.txt irregularities:"]
    c += ["  " + s for s in plover_notes]
    c += ["", "Mode/context values outside PLOVER_MANUAL.tex vocabularies (kept as the table gives them):"]
    c += ["  " + s for s in vocab_notes] or ["  (none)"]
    c += ["", "Name corrections applied to GDELT descriptions:"]
    c += ["  " + s for s in name_fix_notes] or ["  (none)"]
    c += ["", "GDELT names that follow an older CAMEO draft (kept as GDELT's; the code's meaning in",
          "CAMEO 1.1b3, ICEWS, PETRARCH-2 dictionaries and the PLOVER columns is the 1.1b3 one):"]
    c += [f"  {k}: GDELT {clean_name(names.get(k, '?'))!r}; CAMEO 1.1b3 {v!r}"
          for k, v in GDELT_STALE_NAMES.items()]
    c += ["", f"Rows: {len(rows)}"]

    if not errors:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with out_path.open("w", encoding="utf-8", newline="\n") as f:
            for line in c:
                f.write(("# " + line).rstrip() + "\n")
            f.write("\t".join(HEADER) + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")

    # ---- summary -------------------------------------------------------------
    by_len = Counter(len(r[0]) for r in rows)
    by_type = Counter(r[4] for r in rows)
    print(f"inputs: {data_dir}")
    print(f"output: {out_path}" + ("" if not errors else "  (NOT written: errors)"))
    print(f"rows: {len(rows)} (roots {by_len[2]}, 3-digit {by_len[3]}, 4-digit {by_len[4]})")
    print(f"plover rows from table: {len(rows) - len(fallback_notes)}; decided/inherited: "
          f"{len(fallback_notes)} ({', '.join(no_pl) if no_pl else '-'})")
    print("plover_type counts: " + ", ".join(f"{t} {by_type[t]}" for t in PLOVER_TYPES))
    print(f"quad_class counts: " + ", ".join(f"{q} {n}" for q, n in
                                             sorted(Counter(r[3] for r in rows).items())))
    gmin = min(float(r[2]) for r in rows)
    gmax = max(float(r[2]) for r in rows)
    print(f"goldstein range: {gmin} .. {gmax}")
    print("checks: roots/parents present, goldstein in [-10,10], plover_type non-empty and valid, "
          "sorted, no tabs in fields: " + ("OK" if not errors else "FAILED"))
    for s in plover_notes:
        print(f"note: {s}")
    for s in vocab_notes:
        print(f"note: {s}")
    for s in warnings:
        print(f"WARNING: {s}")
    for s in errors:
        print(f"ERROR: {s}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
