#!/usr/bin/env python3
"""Writes bench/escalation/corpus.jsonl: ~300 short synthetic news articles over six months
(2024-01-01 .. 2024-06-30) with steady background dyads and one planted escalation.

    python3 tools/make-escalation-corpus.py [OUT]      # default bench/escalation/corpus.jsonl

What is in it (all deterministic, random.Random(SEED)):
  * background: ten country pairs with a steady weekly rhythm of cooperation (meetings, talks,
    agreements, aid, praise) and mild, steady criticism (USA-CHN, VNM-CHN), each dyad at most one
    report a week, on weekdays;
  * Armenia-Azerbaijan: calm and cooperative (meetings, talks, welcomed proposals) for 23 weeks,
    then in the last three weeks (from 2024-06-10) attacks, shelling, threats, accusations and
    mobilization, mostly Armenia -> Azerbaijan, some Azerbaijan -> Armenia: the planted escalation;
  * multi-outlet reports: some events reported again by a second outlet in other words on the
    same or the next day (exercises event fusion);
  * near-duplicate wire reprints: some articles republished by other outlets with a new headline
    and one added closing sentence (exercises near-duplicate detection).

The script checks its output with the same 5-word shingles Dyad uses: every reprint has an exact
Jaccard similarity of at least 0.85 with its original, every other pair at most 0.5; it exits
non-zero without writing if a check fails. Event phrasings were chosen with
`./dyad code FILE --date 2024-05-01 --format tsv` so that Dyad codes them.
"""
import datetime
import itertools
import json
import os
import random
import re
import sys

SEED = 20240630
START = datetime.date(2024, 1, 1)  # a Monday
WEEKS = 26
ESCALATION_WEEK = 23  # 2024-06-10

OUTLETS = ["caucasus-herald", "global-wire", "daily-courier", "eastern-post", "world-report", "the-dispatch"]
CITIES = ["Geneva", "Vienna", "Tbilisi", "Istanbul", "Brussels", "Doha", "Oslo", "Helsinki", "Prague", "Riga"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = ["energy", "trade", "transport", "education", "public health", "fisheries", "tourism", "agriculture",
          "digital services", "water management", "customs", "research", "culture", "climate policy"]

# Background dyads: (name, [event sentence templates]); Dyad codes each template (probe of 2024-11-26).
BACKGROUND = [
    ("FRA-DEU", ["France signed an agreement on {topic} with Germany.",
                 "The French president met the German chancellor in Paris to discuss {topic}.",
                 "Germany invited France to a summit on {topic}."]),
    ("JPN-KOR", ["Japan held talks with South Korea on {topic}.",
                 "Japan held talks with South Korea on regional security and {topic}."]),
    ("USA-CHN", ["The United States criticized China over its {grievance}.",
                 "Washington criticized Beijing over its {grievance}."]),
    ("IND-BGD", ["India sent humanitarian aid to Bangladesh after the {disaster}.",
                 "India provided economic assistance to Bangladesh."]),
    ("BRA-ARG", ["Brazil praised Argentina for its {topic} reforms."]),
    ("KEN-ETH", ["Kenya hosted Ethiopian officials for talks on {topic}."]),
    ("IDN-MYS", ["Indonesia and Malaysia signed an agreement on {topic} cooperation."]),
    ("CAN-HTI", ["Canada pledged aid to Haiti for {topic} programmes."]),
    ("VNM-CHN", ["Vietnam protested against China's actions in the South China Sea.",
                 "Vietnam protested against China's actions near the {islands}."]),
    ("EGY-SDN", ["Egypt urged Sudan to accept a ceasefire in {city_sd}."]),
]
GRIEVANCES = ["trade practices", "export controls", "human rights record", "cyber activities", "industrial subsidies",
              "treatment of journalists", "currency policy", "fishing fleets"]
DISASTERS = ["floods", "cyclone", "landslides", "storm", "river floods"]
SUDAN_CITIES = ["Darfur", "Khartoum", "Kordofan", "El Fasher"]
ISLANDS = ["Paracel Islands", "Spratly Islands", "Scarborough Shoal", "Second Thomas Shoal"]

CALM = ["Armenia's foreign minister met his Azerbaijani counterpart in {city} on {weekday}.",
        "Armenia and Azerbaijan agreed to continue talks on a peace treaty.",
        "Armenia welcomed Azerbaijan's proposal to reopen the border crossing for {topic}.",
        "Turkey offered to mediate between Armenia and Azerbaijan."]

# The escalation: (template, schedule as days after ESCALATION_WEEK's Monday). Same codes on days
# at least two apart stay separate events; a second outlet's report on the same day is fused.
ESCALATION = [
    (["Armenian forces attacked Azerbaijani positions near {village} on {weekday}.",
      "Armenian troops shelled Azerbaijani villages near {village} overnight."], range(0, 21, 2)),
    (["Armenian drones struck Azerbaijani military positions near {village}."], range(1, 21, 3)),
    (["Armenia threatened Azerbaijan with military retaliation after the fighting near {village}."], [3, 9, 13, 17, 20]),
    (["Armenia's defence minister warned Azerbaijan of a harsh response."], [5, 12, 19]),
    (["Armenia accused Azerbaijan of violating the ceasefire near {village}."], [2, 7, 11, 15, 18]),
    (["Armenia mobilized troops on its border with Azerbaijan."], [6, 16]),
    (["Azerbaijani forces attacked Armenian positions near {village}."], [4, 10, 14, 19]),
    (["Azerbaijan accused Armenia of shelling its villages near {village}."], [8, 17]),
]
VILLAGES = ["Sotk", "Tegh", "Jermuk", "Kalbajar", "Lachin", "Tovuz", "Ijevan", "Gazakh", "Vardenis", "Goris"]

# A second outlet's wording of an event: same actor codes and CAMEO root, other words.
RETELL = {
    "Armenian forces attacked": "Armenian troops shelled Azerbaijani villages near {village} overnight.",
    "Armenian troops shelled": "Armenian forces attacked Azerbaijani positions near {village} on {weekday}.",
    "India sent humanitarian aid": "India provided economic assistance to Bangladesh.",
}

FILLERS = [
    "The talks lasted {n} hours, officials said.",
    "It was the {ordinal} meeting of its kind since {month}.",
    "Local media said about {k} people attended a ceremony in the capital on {weekday} evening.",
    "Analysts in {city} said the step reflected a careful approach to {topic}.",
    "A joint statement is expected within {n} days, a spokesperson said.",
    "The ministry gave no further details about the {topic} plans.",
    "Officials said a working group on {topic} would report back by {month}.",
    "Observers noted that {k} delegates took part in the closing session.",
    "The {topic} file has been discussed for {n} months, according to a senior diplomat.",
    "Markets in {city} showed little reaction on {weekday}.",
    "Officials declined to say whether the issue of {topic} would be raised again in {month}.",
    "A spokesperson said {k} experts had prepared the documents.",
    "The meeting in {city} was closed to the press.",
    "Both sides described the exchange on {topic} as frank.",
]
ESCALATION_FILLERS = [
    "Residents of {village} said they heard explosions for {n} hours.",
    "{k} soldiers were reported wounded, according to local officials.",
    "Ambulances were seen leaving {village} on {weekday} morning.",
    "Schools near {village} were closed for {n} days, the regional governor said.",
    "Satellite images showed {k} burned vehicles on a road outside {village}.",
    "Diplomats in {city} called for an immediate halt to the fighting.",
    "The road to {village} was closed to civilian traffic for {n} hours.",
    "Hospitals in the region treated {k} people, a health official said.",
    "Power was cut in parts of {village} after the overnight exchange.",
    "Emergency services said {n} houses were damaged in {village}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
REPRINT_ENDINGS = ["({outlet})", "(Reporting by {outlet})"]


def fill(template, rnd, day):
    return template.format(
        topic=rnd.choice(TOPICS), grievance=rnd.choice(GRIEVANCES), disaster=rnd.choice(DISASTERS),
        city=rnd.choice(CITIES), city_sd=rnd.choice(SUDAN_CITIES), islands=rnd.choice(ISLANDS), village=rnd.choice(VILLAGES),
        weekday=day.strftime("%A"), n=rnd.randint(2, 40), k=rnd.randint(12, 900), ordinal=rnd.choice(ORDINALS),
        month=rnd.choice(MONTHS), outlet=rnd.choice(OUTLETS).replace("-", " ").title())


SEEN = []  # shingle sets of the bodies written so far


def body(event, fillers, rnd, day):
    """An event sentence and two or three context sentences, drawn again (up to 100 times) until
    the text shares at most 40% of its shingles with every earlier one: templated articles must
    not look like reprints of each other."""
    for _ in range(100):
        extra = rnd.sample(fillers, rnd.randint(2, 3))
        text = " ".join([fill(event, rnd, day)] + [fill(f, rnd, day) for f in extra])
        s = shingles(text)
        if all(jaccard(s, other) <= 0.4 for other in SEEN):
            SEEN.append(s)
            return text
    raise SystemExit(f"cannot make a distinct article for {event!r}")


def headline(text):
    first = text.split(".")[0]
    return first if len(first) < 90 else first[:87] + "..."


def words(text):
    return re.findall(r"[^\W_]+", text.lower())


def shingles(text):
    w = words(text)
    return {" ".join(w[i:i + 5]) for i in range(max(1, len(w) - 4))}


def jaccard(a, b):
    return len(a & b) / len(a | b)


def build():
    rnd = random.Random(SEED)
    items = []  # (date, outlet, title, text, kind)
    for week in range(WEEKS):
        monday = START + datetime.timedelta(weeks=week)
        for name, templates in BACKGROUND:
            if rnd.random() < 0.82:
                day = monday + datetime.timedelta(days=rnd.randrange(5))
                items.append((day, rnd.choice(OUTLETS), body(rnd.choice(templates), FILLERS, rnd, day), "background"))
        if week < ESCALATION_WEEK and rnd.random() < 0.7:
            day = monday + datetime.timedelta(days=rnd.randrange(5))
            items.append((day, rnd.choice(OUTLETS), body(rnd.choice(CALM), FILLERS, rnd, day), "calm"))
    first = START + datetime.timedelta(weeks=ESCALATION_WEEK)
    for templates, days in ESCALATION:
        for d in days:
            day = first + datetime.timedelta(days=d)
            items.append((day, rnd.choice(OUTLETS), body(rnd.choice(templates), ESCALATION_FILLERS, rnd, day), "escalation"))
    # Multi-outlet reports: another outlet retells some events in other words, same day or next.
    retold = [it for it in items if any(it[2].startswith(k) for k in RETELL)]
    for day, outlet, text, kind in rnd.sample(retold, 10):
        key = next(k for k in RETELL if text.startswith(k))
        other = rnd.choice([o for o in OUTLETS if o != outlet])
        later = day + datetime.timedelta(days=rnd.randint(0, 1))
        fillers = ESCALATION_FILLERS if kind == "escalation" else FILLERS
        # A retelling names the same place: reports of one attack near one village fuse, while
        # attacks near two villages stay two events (the one fusion rule of the README).
        near = re.search(r"near (\S+?)[ .,]", text)
        event = RETELL[key].replace("{village}", near.group(1)) if near else RETELL[key]
        items.append((later, other, body(event, fillers, rnd, later), "retold"))
    # Near-duplicate wire reprints: the same text and one closing sentence, under a new headline.
    originals = [it for it in items if it[3] in ("escalation", "background", "calm") and len(words(it[2])) >= 40]
    reprints = []
    for day, outlet, text, kind in rnd.sample(originals, 8):
        other = rnd.choice([o for o in OUTLETS if o != outlet])
        later = day + datetime.timedelta(days=rnd.randint(0, 1))
        ending = fill(rnd.choice(REPRINT_ENDINGS), rnd, later)
        reprints.append(((later, other, text + " " + ending, "reprint"), text))
    items += [r for r, _ in reprints]
    items.sort(key=lambda it: (it[0], it[1], it[2]))
    return items, reprints


def check(items, reprints):
    sets = [shingles(it[2]) for it in items]
    texts = [it[2] for it in items]
    pairs = {(texts.index(r[2]), texts.index(orig)) for r, orig in reprints}
    pairs |= {(b, a) for a, b in pairs}
    problems = []
    for (i, a), (j, b) in itertools.combinations(enumerate(sets), 2):
        j_ab = jaccard(a, b)
        if (i, j) in pairs and j_ab < 0.85:
            problems.append(f"reprint pair {i},{j} has Jaccard {j_ab:.2f} < 0.85")
        elif (i, j) not in pairs and j_ab > 0.5:
            problems.append(f"articles {i},{j} have Jaccard {j_ab:.2f} > 0.5: {texts[i][:60]!r} / {texts[j][:60]!r}")
    if len(set(texts)) != len(texts):
        problems.append("two articles have the same text")
    return problems


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join("bench", "escalation", "corpus.jsonl")
    items, reprints = build()
    problems = check(items, reprints)
    if problems:
        print("\n".join(problems[:20]), file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (day, outlet, text, kind) in enumerate(items, 1):
            slug = "-".join(words(headline(text))[:6])
            f.write(json.dumps({
                "id": f"esc-{n:04d}",
                "url": f"https://{outlet}.example/{day:%Y/%m/%d}/{slug}-{n}",
                "title": ("Update: " if kind == "reprint" else "") + headline(text),
                "published": day.isoformat(),
                "text": text,
                "source": outlet,
            }, ensure_ascii=False) + "\n")
    kinds = {}
    for it in items:
        kinds[it[3]] = kinds.get(it[3], 0) + 1
    print(f"{out}: {len(items)} articles " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
