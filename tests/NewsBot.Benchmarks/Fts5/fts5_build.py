"""The yardstick for `newsbot reindex`: builds a SQLite FTS5 index of a corpus.jsonl with the standard library only.

Usage: python3 fts5_build.py CORPUS.jsonl INDEX.db
One row per article (title and text, Porter stemmer over unicode61), written in one transaction; an existing
INDEX.db is replaced, so every run builds from nothing as a full reindex does.
"""
import json
import os
import sqlite3
import sys


def main(corpus: str, database: str) -> None:
    if os.path.exists(database):
        os.remove(database)
    connection = sqlite3.connect(database)
    connection.execute(
        "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, text, tokenize='porter unicode61')")
    with open(corpus, encoding="utf-8") as lines, connection:
        connection.executemany(
            "INSERT INTO articles(id, title, text) VALUES (?, ?, ?)",
            ((row.get("id"), row.get("title") or "", row.get("text") or "")
             for row in map(json.loads, filter(str.strip, lines))))
    connection.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: fts5_build.py CORPUS.jsonl INDEX.db")
    main(sys.argv[1], sys.argv[2])
