#!/usr/bin/env python3
"""Splits the second Wikinews question set into a training part and a validation part by a fixed rule.

Usage: python3 eval/wikinews/split_set2.py [FILE.jsonl ...]
(default: the two parts themselves, set2/train.jsonl and set2/validation.jsonl, so running it again changes nothing)

The rule, fixed before any question was asked of the bot: within each kind, the questions are ordered by the
SHA-256 of their id (hex digest, ascending); the first round(0.6 * n) go to train.jsonl, the rest to
validation.jsonl. So each part holds every kind in about the same share, and a question's part depends on its id
alone. Lines keep the order they were read in. Tune on train.jsonl only; validation.jsonl is for reporting.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "set2", "train.jsonl")
VALIDATION = os.path.join(HERE, "set2", "validation.jsonl")
TRAIN_SHARE = 0.6


def id_hash(question):
    return hashlib.sha256(question["id"].encode("utf-8")).hexdigest()


def main():
    paths = sys.argv[1:] or [TRAIN, VALIDATION]
    questions = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            questions.extend(json.loads(line) for line in handle if line.strip())
    by_kind = {}
    for question in questions:
        by_kind.setdefault(question["kind"], []).append(question)
    train_ids = set()
    for kind, items in by_kind.items():
        ordered = sorted(items, key=id_hash)
        train_ids.update(q["id"] for q in ordered[: round(TRAIN_SHARE * len(ordered))])
    order = sorted(questions, key=lambda q: (q["id"].rsplit("-", 1)[0], q["id"]))
    os.makedirs(os.path.dirname(TRAIN), exist_ok=True)
    with open(TRAIN, "w", encoding="utf-8") as train, open(VALIDATION, "w", encoding="utf-8") as validation:
        for question in order:
            target = train if question["id"] in train_ids else validation
            target.write(json.dumps(question, ensure_ascii=False) + "\n")
    print(f"{len(train_ids)} train, {len(questions) - len(train_ids)} validation")
    for kind, items in sorted(by_kind.items()):
        in_train = sum(q["id"] in train_ids for q in items)
        print(f"  {kind}: {in_train} train, {len(items) - in_train} validation")


if __name__ == "__main__":
    main()
