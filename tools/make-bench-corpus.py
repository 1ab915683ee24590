#!/usr/bin/env python3
"""Builds a benchmark corpus of news-style sentences for `dyad bench` from ../shared/data.

Sources (read, not copied into the repo): the 76 real AFP sentences of PETRARCH-2's
GigaWord sample, the texts of the PETRARCH-2 unit-test records, and the PLOVER gold-standard
records. Sentences are grouped ten to an article file, written to the output folder
(default target/bench-corpus), so that coding runs article-parallel as in real use.

Usage: python3 tools/make-bench-corpus.py [SHARED_DATA_DIR] [OUT_DIR]
"""
import json
import os
import re
import sys


def texts_from_xml(path):
    with open(path, encoding="utf-8") as f:
        xml = f.read()
    for m in re.finditer(r"<Text>(.*?)</Text>", xml, re.S):
        yield " ".join(m.group(1).split())


def texts_from_gsr(path):
    with open(path, encoding="utf-8") as f:
        for record in json.load(f):
            if record.get("text"):
                yield " ".join(record["text"].split())


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    out = sys.argv[2] if len(sys.argv) > 2 else "target/bench-corpus"
    unit = os.path.join(shared, "petrarch-validation", "petrarch2-unittest")
    sentences = []
    sentences += texts_from_xml(os.path.join(unit, "GigaWord.sample.PETR.xml"))
    sentences += texts_from_xml(os.path.join(unit, "PETR.UnitTest.records.xml"))
    sentences += texts_from_gsr(os.path.join(shared, "plover-gsr", "PLOVER_GSR_CAMEO.txt"))
    sentences = [s for s in dict.fromkeys(sentences) if len(s) > 20]
    os.makedirs(out, exist_ok=True)
    for i in range(0, len(sentences), 10):
        with open(os.path.join(out, f"article-{i // 10:04d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(sentences[i:i + 10]) + "\n")
    print(f"{len(sentences)} sentences in {(len(sentences) + 9) // 10} articles under {out}")


if __name__ == "__main__":
    main()
