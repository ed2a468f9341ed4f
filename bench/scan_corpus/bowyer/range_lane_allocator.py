"""Lane draw for club shoots and open tournaments on the outdoor range.

Archers are grouped by bow class (longbow, flatbow, barebow, recurve) and then
drawn onto target bosses, four per boss, so nobody can pick their neighbours.
"""
import random
from collections import defaultdict
from dataclasses import dataclass
from itertools import islice
from typing import Iterable

ARCHERS_PER_BOSS = 4
CLASS_ORDER = ("longbow", "flatbow", "barebow", "recurve")


@dataclass(frozen=True)
class Entry:
    archer_id: int
    name: str
    bow_class: str
    club: str


@dataclass(frozen=True)
class Assignment:
    boss: int
    detail: str
    entry: Entry


def _chunks(items: list, size: int) -> Iterable[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def draw_lanes(entries: Iterable[Entry], first_boss: int = 1, rng: random.Random | None = None):
    rng = rng or random.Random()
    by_class: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_class[e.bow_class].append(e)

    assignments: list[Assignment] = []
    boss = first_boss
    for bow_class in CLASS_ORDER:
        group = by_class.get(bow_class, [])
        rng.shuffle(group)
        for chunk in _chunks(group, ARCHERS_PER_BOSS):
            for detail, entry in zip("ABCD", chunk):
                assignments.append(Assignment(boss, detail, entry))
            boss += 1
    return assignments


def print_target_list(assignments: list[Assignment]) -> None:
    for a in sorted(assignments, key=lambda a: (a.boss, a.detail)):
        print(f"Boss {a.boss:>2}{a.detail}  {a.entry.name:<28} {a.entry.bow_class:<9} {a.entry.club}")


if __name__ == "__main__":
    import csv
    import sys

    with open(sys.argv[1], newline="") as fh:
        rows = [Entry(int(r["id"]), r["name"], r["class"].lower(), r["club"]) for r in csv.DictReader(fh)]
    print_target_list(draw_lanes(rows))
