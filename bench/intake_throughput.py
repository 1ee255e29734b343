"""Letters per second of the intake extractor on text input, one core, over the corpus repeated.

    PYTHONPATH=src python bench/intake_throughput.py [--rounds 40]

Prints figures; no pass/fail (the target in the issue is 200 letters per second).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from plenaria.intake.extraction import extract  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40, help="passes over the corpus")
    args = parser.parse_args()
    corpus = ROOT / "src" / "plenaria" / "intake" / "corpus"
    letters = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    for text in letters:  # warm the compiled patterns and caches
        extract(text)
    per_letter: list[float] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    for _ in range(args.rounds):
        for text in letters:
            t0 = time.process_time()
            extract(text)
            per_letter.append(time.process_time() - t0)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    count = len(per_letter)
    chars = sum(len(t) for t in letters) * args.rounds
    print(
        f"corpus: {len(letters)} letters, {sum(len(t) for t in letters) / len(letters):.0f} "
        f"characters on average"
    )
    print(
        f"extracted {count} letters in {elapsed:.2f} s wall clock, {cpu:.2f} s of CPU on one core"
    )
    print(
        f"throughput: {count / cpu:.0f} letters per CPU second ({chars / cpu / 1e6:.2f} M chars/s); "
        f"{count / elapsed:.0f} letters/s by the wall clock (lower when the machine is shared)"
    )
    per_letter.sort()
    print(
        f"CPU per letter: median {statistics.median(per_letter) * 1000:.2f} ms, "
        f"p95 {per_letter[int(count * 0.95)] * 1000:.2f} ms, max {per_letter[-1] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
