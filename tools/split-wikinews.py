#!/usr/bin/env python3
"""Prints the seeded gold half of the Wikinews 2020 corpus (see eval/gold/REAL.md).

Article ids are sorted, shuffled with random.Random(2020).shuffle, and the first 62 are the
gold half (coded by hand into eval/gold/real.jsonl); with --window the other 61 are printed
(the window onto real phrasing, never used for gold or tuning). One id per line.

Usage: python3 tools/split-wikinews.py [--window] [PATH]
  PATH defaults to ../shared/data/wikinews-2020/wikinews-2020.jsonl relative to the repo root.
"""
import json
import os
import random
import sys

GOLD = 62


def main(argv):
    window = "--window" in argv
    paths = [a for a in argv if a != "--window"]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = paths[0] if paths else os.path.join(
        root, "..", "shared", "data", "wikinews-2020", "wikinews-2020.jsonl")
    with open(path, encoding="utf-8") as f:
        ids = sorted(json.loads(line)["id"] for line in f if line.strip())
    random.Random(2020).shuffle(ids)
    for i in (ids[GOLD:] if window else ids[:GOLD]):
        print(i)


if __name__ == "__main__":
    main(sys.argv[1:])
