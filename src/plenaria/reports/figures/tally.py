"""A tally: how many people, and how many of them women, young, in person, remote, heads of
delegation and registered speakers. Every breakdown of the reports is a tally per key, so
that any share (women among the heads of delegation of Africa, say) is read off one place."""

FIELDS = (
    "n",
    "women",
    "young",
    "in_person",
    "remote",
    "heads",
    "heads_women",
    "heads_young",
    "speakers",
    "speakers_women",
    "speakers_young",
)


def empty() -> dict[str, int]:
    return dict.fromkeys(FIELDS, 0)


def count(tally: dict[str, int], n: int, *, woman: bool, young: bool, mode: str, role: str):
    """Add ``n`` people of one kind to ``tally``; ``role`` is the capacity they attend in."""
    tally["n"] += n
    tally["women"] += n * woman
    tally["young"] += n * young
    tally["in_person" if mode == "in_person" else "remote"] += n
    if role in ("head", "speaker"):
        prefix = "heads" if role == "head" else "speakers"
        tally[prefix] += n
        tally[f"{prefix}_women"] += n * woman
        tally[f"{prefix}_young"] += n * young


def merge(into: dict[str, int], other: dict[str, int]) -> dict[str, int]:
    for field in FIELDS:
        into[field] += other.get(field, 0)
    return into


def share(part: int, whole: int) -> float | None:
    """A percentage with one decimal, or None when there is nobody to divide by."""
    return round(100 * part / whole, 1) if whole else None
