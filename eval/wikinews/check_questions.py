#!/usr/bin/env python3
"""Checks news question sets against the corpus before anyone asks the bot a question of them.

Usage: python3 eval/wikinews/check_questions.py [--corpus PATH] FILE.jsonl [FILE.jsonl ...]

For every file given (ids must be unique across all of them):
* each line is a JSON object with a non-empty "id", "kind" and "question" and either a non-empty "answers" list
  of strings or "expect": "not found", never both; the kind is one of README.md's kinds;
* an answerable question's every alternative occurs, as whole words, in at least one sentence of an article's
  text after the README's normalisation (lower case, accents folded, ASCII punctuation deleted, a/an/the deleted,
  white space collapsed), so no question is unanswerable by construction;
* an "absent name" question holds at least one word (of three letters or more) that occurs 0 times in the whole
  corpus file (case-insensitive, accent-folded); the words found are printed so a reader can see they are names;
* an "uncovered date" question names a year, or a month and year, after the corpus's last article (or a year
  with no article at all); the corpus's first and last dates are printed;
* an answerable question of a set newer than set3, misspelt ones aside, names nothing the corpus never holds: every
  capitalised word after its first (a name, as typed) occurs in the corpus file, else the question is really an
  "absent name" one (a name only a link's text held, left out of the corpus's article text, is the usual cause);
* no question is word for word one of the old set's (questions.jsonl);
* an "absent name" question of a set newer than set3 (any file but questions.jsonl, set2/*.jsonl and set3/*.jsonl)
  names none of the absent people the earlier sets used (EARLIER_ABSENT_NAMES, as README.md lists them, and for a
  set newer than set4, set4/*.jsonl, SET4_ABSENT_NAMES too, for a set newer than set5, set5/*.jsonl,
  SET5_ABSENT_NAMES as well, and for a set newer than set6, set6/*.jsonl, SET6_ABSENT_NAMES too), so each set
  tests new names; the earlier sets' own files are checked as before.
Exits 1 when anything fails, printing one line per problem.
"""
import argparse
import json
import os
import re
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "news", "wikinews", "corpus.jsonl")
KINDS = {"who", "when", "where", "how many", "why", "what did X say", "period", "lowercase or misspelt",
         "one-word topic", "absent name", "uncovered date"}
NOT_FOUND_KINDS = {"absent name", "uncovered date"}
MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
# The absent names of the old set, set2 and set3 (README.md): a newer set may not ask about them again.
EARLIER_ABSENT_NAMES = [
    "Keir Starmer", "Giorgia Meloni", "Javier Milei", "Rishi Sunak", "Zohran Mamdani", "John Fetterman", "Olaf Scholz",
    "Sanna Marin", "Kristi Noem", "Kathy Hochul",
    "Sheinbaum", "Badenoch", "Merz", "Bukele", "Hegseth", "Walz", "Fico", "Kishida", "Tinubu", "Ruto", "von der Leyen",
    "Baerbock",
    "Luxon", "Kristersson", "Schoof", "Mette Frederiksen", "Bardella", "Kagame",
]
EARLIER_SETS = {"questions.jsonl", "set2", "set3"}
# set4's absent names (README.md): set4 itself is checked against the lists above only, a newer set against these too.
SET4_ABSENT_NAMES = ["Boric", "Orpo", "Prabowo Subianto", "Ishiba", "Youngkin", "Sinema", "Dutton", "Hipkins"]
# set5's absent names (README.md): set5 and set4 are checked as before, a set newer than set5 (set6 on) against these too.
SET5_ABSENT_NAMES = ["Noboa", "Arévalo", "Frydenberg", "Stubb", "Ramaphosa", "Tshisekedi", "Nehammer", "Bayrou"]
# set6's absent names (README.md): set6 and the sets before it are checked as before, a set newer than set6 (set7 on)
# against these too.
SET6_ABSENT_NAMES = ["Boluarte", "Pezeshkian", "Hichilema", "Muizzu", "Shmyhal", "Zaluzhnyi", "Metsola", "Golob",
                     "Maia Sandu", "Prigozhin"]
# set7's and set8's absent names (README.md): a set newer than set7 (set8 on) is checked against set7's too, one newer
# than set8 (set9 on) against set8's as well; the sets before are checked as before.
SET7_ABSENT_NAMES = ["Saied", "Arce", "Pashinyan", "Tokayev", "Mottley", "Lapid", "Abiy", "Draghi"]
SET8_ABSENT_NAMES = ["Habeck", "Dissanayake", "Guaidó", "Freeland", "Kurti", "Budanov", "Akhannouch", "Dbeibah"]
PUNCTUATION = str.maketrans("", "", string.punctuation)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")


# The scorer folds with Lucene's ASCII folding, which also turns typographic quotes and dashes into ASCII ones
# (then deleted as punctuation); these are the ones the corpus uses.
TYPOGRAPHIC = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-",
                             "—": "-", "‐": "-", "‑": "-", "…": "..."})


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower().translate(TYPOGRAPHIC))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalise(text):
    text = fold(text).translate(PUNCTUATION)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def load_corpus(path):
    with open(path, encoding="utf-8") as handle:
        raw = handle.read()
    articles = [json.loads(line) for line in raw.splitlines() if line.strip()]
    sentences = []
    for article in articles:
        for paragraph in article["text"].split("\n"):
            sentences.extend(SENTENCE_END.split(paragraph))
    joined = "\n".join(" " + normalise(sentence) + " " for sentence in sentences)
    # Words of the decoded fields: read from the raw file, "\\nBinyam" would be the word "nbinyam".
    words = set(re.findall(r"[a-z0-9]+", fold("\n".join(json.dumps(article, ensure_ascii=False) + " " + article["title"] + " " + article["text"] for article in articles))))
    dates = sorted(article["published"] for article in articles)
    years = {date[:4] for date in dates}
    return joined, words, dates, years


def uncovered_reason(question, last_date, years):
    text = fold(question)
    last_year, last_month = int(last_date[:4]), int(last_date[5:7])
    for match in re.finditer(r"\b(?:(" + "|".join(MONTHS) + r")\s+(?:\d{1,2}\s+)?)?((?:19|20)\d\d)\b", text):
        month, year = match.group(1), int(match.group(2))
        if year > last_year or (str(year) not in years and year < last_year):
            return f"{year} is not covered"
        if month and year == last_year and MONTHS[month] > last_month:
            return f"{month} {year} is after the last article"
    return None


def earlier_set(path):
    """Whether a file is one of the sets the earlier absent names belong to (their own names are theirs to use)."""
    path = os.path.abspath(path)
    return os.path.basename(path) in EARLIER_SETS or os.path.basename(os.path.dirname(path)) in EARLIER_SETS


def earlier_absent_names(path):
    """The absent names a set may not ask about again: set4 those of the sets before it, set5 set4's too, set6
    set5's as well, set7 set6's too, set8 set7's and a newer set set8's too."""
    folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
    if folder == "set4":
        return EARLIER_ABSENT_NAMES
    if folder == "set5":
        return EARLIER_ABSENT_NAMES + SET4_ABSENT_NAMES
    if folder == "set6":
        return EARLIER_ABSENT_NAMES + SET4_ABSENT_NAMES + SET5_ABSENT_NAMES
    if folder == "set7":
        return EARLIER_ABSENT_NAMES + SET4_ABSENT_NAMES + SET5_ABSENT_NAMES + SET6_ABSENT_NAMES
    if folder == "set8":
        return EARLIER_ABSENT_NAMES + SET4_ABSENT_NAMES + SET5_ABSENT_NAMES + SET6_ABSENT_NAMES + SET7_ABSENT_NAMES
    return EARLIER_ABSENT_NAMES + SET4_ABSENT_NAMES + SET5_ABSENT_NAMES + SET6_ABSENT_NAMES + SET7_ABSENT_NAMES + SET8_ABSENT_NAMES


def reused_absent_names(question, names):
    """The earlier absent names whose surname the question holds (first names such as John are too common)."""
    text = " " + " ".join(re.findall(r"[a-z]+", fold(question))) + " "
    return [name for name in names if f" {re.findall(r'[a-z]+', fold(name))[-1]} " in text]


def check(paths, corpus):
    joined, words, dates, years = load_corpus(corpus)
    print(f"corpus: {len(dates)} articles, first {dates[0]}, last {dates[-1]}")
    old_questions = set()
    old_path = os.path.join(HERE, "questions.jsonl")
    if os.path.exists(old_path):
        with open(old_path, encoding="utf-8") as handle:
            old_questions = {normalise(json.loads(line)["question"]) for line in handle if line.strip()}
    problems, seen, count = [], {}, 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                where = f"{os.path.basename(path)}:{number}"
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as error:
                    problems.append(f"{where}: not JSON ({error.msg})")
                    continue
                count += 1
                qid, kind, question = item.get("id"), item.get("kind"), item.get("question")
                if not all(isinstance(v, str) and v.strip() for v in (qid, kind, question)):
                    problems.append(f"{where}: needs a non-empty id, kind and question")
                    continue
                if qid in seen:
                    problems.append(f"{where}: id {qid} repeats {seen[qid]}")
                seen[qid] = where
                if kind not in KINDS:
                    problems.append(f"{where}: {qid} has unknown kind {kind!r}")
                if normalise(question) in old_questions:
                    problems.append(f"{where}: {qid} copies a question of the old set")
                answers, expect = item.get("answers"), item.get("expect")
                if (answers is None) == (expect is None):
                    problems.append(f"{where}: {qid} needs answers or expect, not both or neither")
                    continue
                if kind in NOT_FOUND_KINDS:
                    if expect != "not found":
                        problems.append(f"{where}: {qid} is {kind!r} but does not expect \"not found\"")
                    if kind == "absent name":
                        absent = [w for w in re.findall(r"[a-z]+", fold(question)) if len(w) >= 3 and w not in words]
                        if absent:
                            print(f"{qid}: absent from the corpus: {', '.join(absent)}")
                        else:
                            problems.append(f"{where}: {qid} has no word that is absent from the corpus")
                        reused = [] if earlier_set(path) else reused_absent_names(question, earlier_absent_names(path))
                        if reused:
                            problems.append(f"{where}: {qid} asks again about an earlier set's absent name: "
                                            f"{', '.join(reused)}")
                    else:
                        reason = uncovered_reason(question, dates[-1], years)
                        if reason:
                            print(f"{qid}: {reason}")
                        else:
                            problems.append(f"{where}: {qid} names no date after the corpus's last article")
                    continue
                if expect is not None:
                    problems.append(f"{where}: {qid} is {kind!r}, which is answerable, but expects {expect!r}")
                    continue
                if not isinstance(answers, list) or not answers or not all(isinstance(a, str) and a.strip() for a in answers):
                    problems.append(f"{where}: {qid} answers is not a non-empty list of strings")
                    continue
                unknown = [] if earlier_set(path) or kind == "lowercase or misspelt" else [w for w in re.findall(r"[A-Z][\w'-]*", question.split(maxsplit=1)[-1] if " " in question else "")
                           if any(part not in words for part in re.findall(r"[a-z]+", fold(w)) if len(part) >= 3)]
                if unknown:
                    problems.append(f"{where}: {qid} names what the corpus never holds: {', '.join(unknown)}")
                for answer in answers:
                    needle = normalise(answer)
                    if not needle or f" {needle} " not in joined:
                        problems.append(f"{where}: {qid} answer {answer!r} occurs in no sentence of the corpus")
    for problem in problems:
        print(problem)
    print(f"{count} questions checked, {len(problems)} problems")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    sys.exit(check(args.files, args.corpus))


if __name__ == "__main__":
    main()
