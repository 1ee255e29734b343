"""Measure the extractor against letters whose facts were written down by hand.

A corpus folder holds ``NAME.txt`` (or ``.md``) letters, each beside ``NAME.expected.json``::

    {"letter": {"office": "SG", "date": "2021-05-06", "addressees": ["member_state", ...], ...},
     "events": [{"name": ..., "start_date": ..., "related": [{"name": ..., "relation": ...}]}],
     "deadlines": [{"kind": "interpretation", "date": "2023-04-20", "time": null,
                    "channel": "strategy@itu.int"}]}

Every field named in the expected file is scored; ``null`` means "not stated in the letter", so a
value found there counts as a false positive. Strings are compared without regard to case,
accents, quotes or spacing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extraction import extract

LETTER_FIELDS = [
    "office",
    "place",
    "date",
    "reference",
    "contact_name",
    "phone",
    "fax",
    "email",
    "addressees",
    "copies",
    "subject",
    "salutation",
    "signatories",
    "annexes",
    "references",
]
EVENT_FIELDS = [
    "name",
    "acronym",
    "acronym_written",
    "edition",
    "theme",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "time_zone",
    "venue",
    "room",
    "city",
    "country",
    "format",
    "organisers",
    "co_organisers",
    "related",
]
LIST_FIELDS = {
    "addressees",
    "copies",
    "signatories",
    "annexes",
    "references",
    "organisers",
    "co_organisers",
    "related",
    "deadlines",
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    slots: int = 0  # fields compared
    correct: int = 0  # fields exactly right (an empty field left empty counts as right)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.slots += other.slots
        self.correct += other.correct

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.slots if self.slots else 1.0


@dataclass
class LetterScore:
    name: str
    fields: dict[str, Counts]
    mistakes: list[str] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total


@dataclass
class Evaluation:
    letters: list[LetterScore]

    def by_field(self, names: list[str] | None = None) -> dict[str, Counts]:
        out: dict[str, Counts] = defaultdict(Counts)
        for letter in self.letters:
            if names is not None and letter.name not in names:
                continue
            for key, counts in letter.fields.items():
                out[key].add(counts)
        return dict(out)

    def total(self, names: list[str] | None = None) -> Counts:
        total = Counts()
        for counts in self.by_field(names).values():
            total.add(counts)
        return total


def norm(value: Any) -> str:
    """Compare strings as a reader would: case, accents, quotes, spaces and end stops aside."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return "|".join(f"{k}={norm(v)}" for k, v in sorted(value.items()) if v is not None)
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[\"*]", "", text.casefold())
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return text


def _predicted_letter(values: dict[str, Any], name: str) -> Any:
    value = values.get(name)
    if name == "office":
        return value["code"] if value else None
    if name in ("addressees", "copies"):
        return [v["code"] + (":" + v["sector"] if v.get("sector") else "") for v in value or []]
    return value


def _item_key(name: str, item: Any) -> str:
    if name == "related":
        label = item.get("acronym") or item.get("name")
        return f"{norm(label)}|{item.get('relation')}"
    if name == "signatories":
        return f"{norm(item.get('name'))}|{norm(item.get('title'))}"
    if name == "references":
        return f"{norm(item.get('reference'))}|{item.get('relation')}"
    if name == "deadlines":
        return "|".join(norm(item.get(k)) for k in ("kind", "date", "time", "channel"))
    return norm(item)


def _compare(name: str, expected: Any, predicted: Any, mistakes: list[str], where: str) -> Counts:
    counts = Counts(slots=1)
    if name in LIST_FIELDS:
        exp = {_item_key(name, item) for item in expected or []}
        pred = {_item_key(name, item) for item in predicted or []}
        counts.tp = len(exp & pred)
        counts.fp = len(pred - exp)
        counts.fn = len(exp - pred)
        counts.correct = int(exp == pred)
        if exp != pred:
            mistakes.append(
                f"{where}{name}: expected {sorted(exp - pred)} got {sorted(pred - exp)}"
            )
        return counts
    exp, pred = norm(expected), norm(predicted)
    if exp == pred:
        counts.correct = 1
        counts.tp = int(bool(exp))
        return counts
    mistakes.append(f"{where}{name}: expected {expected!r} got {predicted!r}")
    counts.fp = int(bool(pred))
    counts.fn = int(bool(exp))
    return counts


def _match_events(
    expected: list[dict], predicted: list[dict]
) -> list[tuple[dict | None, dict | None]]:
    """Pair expected and found events by acronym or name; the rest stand alone."""
    pairs: list[tuple[dict | None, dict | None]] = []
    left = list(predicted)
    for exp in expected:
        keys = {norm(exp.get("acronym")), norm(exp.get("name"))} - {""}
        found = next(
            (p for p in left if {norm(p.get("acronym")), norm(p.get("name"))} & keys), None
        )
        if found is None and left and len(expected) == 1:
            found = left[0]
        if found is not None:
            left.remove(found)
        pairs.append((exp, found))
    pairs.extend((None, p) for p in left)
    return pairs


def score_letter(name: str, text: str, expected: dict[str, Any]) -> LetterScore:
    values = extract(text).values()
    fields: dict[str, Counts] = defaultdict(Counts)
    mistakes: list[str] = []
    for key in LETTER_FIELDS:
        if key in expected.get("letter", {}):
            fields[f"letter.{key}"].add(
                _compare(key, expected["letter"][key], _predicted_letter(values, key), mistakes, "")
            )
    if "events" in expected:
        for exp, pred in _match_events(expected["events"], values["events"]):
            label = (exp or pred or {}).get("name") or "?"
            for key in EVENT_FIELDS:
                if exp is not None and key not in exp:
                    continue
                fields[f"event.{key}"].add(
                    _compare(
                        key,
                        exp.get(key) if exp else None,
                        pred.get(key) if pred else None,
                        mistakes,
                        f"[{label}] ",
                    )
                )
    if "deadlines" in expected:
        fields["deadlines"].add(
            _compare("deadlines", expected["deadlines"], values["deadlines"], mistakes, "")
        )
    return LetterScore(name, dict(fields), mistakes)


def letter_files(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".md") and not path.name.endswith(".expected.json"):
            expected = path.with_name(path.stem + ".expected.json")
            if expected.exists():
                pairs.append((path, expected))
    return pairs


def evaluate(folder: str | Path) -> Evaluation:
    folder = Path(folder)
    letters = []
    for path, expected in letter_files(folder):
        text = path.read_text(encoding="utf-8")
        letters.append(
            score_letter(path.stem, text, json.loads(expected.read_text(encoding="utf-8")))
        )
    return Evaluation(letters)


def format_table(evaluation: Evaluation, groups: dict[str, list[str]] | None = None) -> str:
    """Per-field precision and recall (one column pair per group), then totals."""
    groups = groups or {"all": [letter.name for letter in evaluation.letters]}
    per_group = {label: evaluation.by_field(names) for label, names in groups.items()}
    keys = sorted({key for table in per_group.values() for key in table})
    header = f"{'field':<24}" + "".join(f"{label + ' P':>10}{label + ' R':>10}" for label in groups)
    lines = [header, "-" * len(header)]
    for key in keys:
        row = f"{key:<24}"
        for label in groups:
            counts = per_group[label].get(key)
            if counts is None or counts.tp + counts.fp + counts.fn == 0:
                row += f"{'-':>10}{'-':>10}"
            else:
                row += f"{counts.precision:>10.2f}{counts.recall:>10.2f}"
        lines.append(row)
    lines.append("-" * len(header))
    for label, names in groups.items():
        total = evaluation.total(names)
        lines.append(
            f"{label}: {len(names)} letters, field accuracy {total.accuracy:.1%} "
            f"({total.correct}/{total.slots}), precision {total.precision:.1%}, "
            f"recall {total.recall:.1%}, F1 {total.f1:.1%}"
        )
    return "\n".join(lines)


def default_corpus() -> Path:
    return Path(__file__).resolve().parent / "corpus"


def report(folder: str | Path | None = None) -> str:
    """The table for a folder of letters, the seeds apart from the rest, then every mistake."""
    result = evaluate(folder or default_corpus())
    seeds = [letter.name for letter in result.letters if letter.name.startswith("seed_")]
    others = [letter.name for letter in result.letters if not letter.name.startswith("seed_")]
    groups = {label: names for label, names in (("seeds", seeds), ("other", others)) if names}
    lines = [format_table(result, groups or None)]
    lines += [
        f"{letter.name}: {mistake}" for letter in result.letters for mistake in letter.mistakes
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(report(sys.argv[1] if len(sys.argv) > 1 else None))
