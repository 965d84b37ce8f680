#!/usr/bin/env python3
"""Draws Wikinews articles at random across the corpus's years and prints them for reading.

Usage: python3 eval/wikinews/sample_articles.py --seed 23 --count 40 [--chars 3000] [--corpus PATH]
                                                [--skip-drawn SEED:COUNT ...]

Years are visited in turn (each year's articles shuffled by the seed), so the sparse years 2009-2021 are read as
well as the crowded 2005-2008 ones. Articles the old set (questions.jsonl) was written from are skipped: an
article counts as used when it holds an old answer that occurs in at most three articles of the corpus (a name
or phrase particular to that story), which is as near as we can get without the old set's sample list. `--skip-drawn 23:36 --skip-drawn 29:40` also
skips the articles those earlier draws returned (set2's), so a new set is written from articles no set has used.

A plain SEED:COUNT redraws that seed skipping the old set's articles only, which is how set2's seeds 23 and 29 were
drawn, but not set3's seed 41, which skipped set2's draws as well: `41:36` alone gives a different draw (33 of its 36
articles differ). Write the skips an earlier draw used after a slash, `41:36/23:36/29:40` ("seed 41, count 36, drawn
skipping 23:36 and 29:40"), to redraw exactly the articles that command returned. A skipped draw that itself skipped
chained draws goes in parentheses: set4's seed 59 is `59:12/23:36/29:40/(41:36/23:36/29:40)/(53:45/23:36/29:40/41:36)`
(without them the slashes would be read as one flat chain, `41:36` and `53:45` plain, a different draw).
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "news", "wikinews", "corpus.jsonl")


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def load(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def old_set_ids(articles):
    old_path = os.path.join(HERE, "questions.jsonl")
    if not os.path.exists(old_path):
        return set()
    texts = [(a["id"], fold(a["title"] + " " + a["text"])) for a in articles]
    used = set()
    with open(old_path, encoding="utf-8") as handle:
        for line in handle:
            for answer in json.loads(line).get("answers", []):
                needle = re.compile(r"\b" + re.escape(fold(answer)) + r"\b")
                holders = [aid for aid, text in texts if needle.search(text)]
                if 0 < len(holders) <= 3:
                    used.update(holders)
    return used


def draw(articles, skip, seed, count):
    """The articles a seed draws: years visited in turn, each year's articles shuffled by the seed."""
    rng = random.Random(seed)
    by_year = {}
    for article in articles:
        if article["id"] not in skip:
            by_year.setdefault(article["published"][:4], []).append(article)
    for year in by_year.values():
        rng.shuffle(year)
    years = sorted(by_year)
    rng.shuffle(years)
    drawn = []
    while len(drawn) < count and any(by_year.values()):
        for year in years:
            if by_year[year] and len(drawn) < count:
                drawn.append(by_year[year].pop())
    return drawn


def split_chain(spec):
    """SEED:COUNT/A/B... split at the slashes outside parentheses: ['SEED:COUNT', 'A', 'B'], a bracketed part
    '(41:36/23:36/29:40)' returned without its parentheses."""
    parts, depth, current = [], 0, ""
    for ch in spec:
        if ch == "/" and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            sys.exit(f"unbalanced parentheses in --skip-drawn {spec!r}")
        current += ch
    if depth:
        sys.exit(f"unbalanced parentheses in --skip-drawn {spec!r}")
    parts.append(current)
    return [part[1:-1] if part.startswith("(") and part.endswith(")") else part for part in parts]


def earlier_draw(articles, old_skip, spec):
    """The articles an earlier command drew: SEED:COUNT, or SEED:COUNT/SEED:COUNT/... when it skipped draws itself,
    a skipped draw that skipped draws of its own written in parentheses: 59:12/23:36/(41:36/23:36/29:40)."""
    first, *skipped = split_chain(spec)
    skip = set(old_skip)
    for inner in skipped:
        skip.update(earlier_draw(articles, old_skip, inner))
    seed, count = (int(part) for part in first.split(":"))
    return {article["id"] for article in draw(articles, skip, seed, count)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--chars", type=int, default=3000, help="print at most this many characters of each text")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--skip-drawn", action="append", default=[], metavar="SEED:COUNT[/SEED:COUNT|/(CHAIN)...]",
                        help="skip the articles an earlier draw (seed and count, then after slashes the draws "
                             "it skipped) returned")
    args = parser.parse_args()
    if args.seed in (3, 11):
        sys.exit("seeds 3 and 11 drew the old set; use another seed")

    articles = load(args.corpus)
    skip = old_set_ids(articles)
    old_skipped = len(skip)
    old_skip = set(skip)
    for earlier in args.skip_drawn:
        skip.update(earlier_draw(articles, old_skip, earlier))
    drawn = draw(articles, skip, args.seed, args.count)
    print(f"# skipped {len(skip) - old_skipped} articles of earlier draws {args.skip_drawn}", file=sys.stderr)
    print(f"# seed {args.seed}: {len(drawn)} articles, {old_skipped} old-set articles skipped", file=sys.stderr)
    for article in drawn:
        text = article["text"]
        if len(text) > args.chars:
            text = text[: args.chars] + " [...]"
        print(f"=== {article['id']} | {article['published']} | {article['title']}\n{text}\n")


if __name__ == "__main__":
    main()
