"""Draw winners for the free-besom raffle we run on the stall at craft fairs.

Visitors leave their name and email on the tablet; at the end of each day
we pick a few winners and one reserve per prize.
"""

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence

PRIZES = ["Full-size birch besom", "Heather hearth brush", "Miniature witch's broom"]


@dataclass(frozen=True)
class Entry:
    name: str
    email: str
    fair: str


def load_entries(path: Path, fair: str) -> List[Entry]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = csv.DictReader(fh)
        seen = set()
        entries = []
        for row in rows:
            email = row["email"].strip().lower()
            if row["fair"] != fair or email in seen:
                continue
            seen.add(email)
            entries.append(Entry(row["name"].strip(), email, fair))
    return entries


def draw(entries: Sequence[Entry], prizes: Sequence[str], rng: random.Random) -> dict:
    needed = min(len(entries), len(prizes) * 2)
    picked = rng.sample(list(entries), k=needed)
    result = {}
    for i, prize in enumerate(prizes):
        winner = picked[i] if i < len(picked) else None
        reserve_idx = len(prizes) + i
        reserve = picked[reserve_idx] if reserve_idx < len(picked) else None
        result[prize] = (winner, reserve)
    return result


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: fair_raffle_draw.py ENTRIES.csv FAIR_NAME")
        return 2
    entries = load_entries(Path(sys.argv[1]), sys.argv[2])
    if not entries:
        print("no entries for that fair")
        return 1
    results = draw(entries, PRIZES, random.Random())
    for prize, (winner, reserve) in results.items():
        w = winner.name if winner else "-"
        r = reserve.name if reserve else "-"
        print(f"{prize:<28} winner: {w:<24} reserve: {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
