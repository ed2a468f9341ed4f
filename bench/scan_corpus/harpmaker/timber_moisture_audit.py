"""Monthly moisture audit: picks a sample of seasoning boards for the meter check."""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date

DEFAULT_SAMPLE = 12
TARGET_MOISTURE = (6.0, 9.0)


@dataclass
class Board:
    board_id: int
    species: str
    rack: str
    last_reading: float | None


def load_boards(db_path: str) -> list[Board]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT board_id, species, rack, last_moisture FROM timber_boards "
            "WHERE consumed = 0 ORDER BY board_id"
        ).fetchall()
    return [Board(*row) for row in rows]


def audit_sample(boards: list[Board], size: int, audit_day: date) -> list[Board]:
    """Same day, same sample, so two people running the job get the same checklist."""
    rng = random.Random(audit_day.toordinal())
    by_species: dict[str, list[Board]] = {}
    for b in boards:
        by_species.setdefault(b.species, []).append(b)
    picked: list[Board] = []
    per_species = max(1, size // max(1, len(by_species)))
    for species in sorted(by_species):
        group = by_species[species]
        picked.extend(rng.sample(group, min(per_species, len(group))))
    return sorted(picked, key=lambda b: (b.rack, b.board_id))


def out_of_range(board: Board) -> bool:
    low, high = TARGET_MOISTURE
    return board.last_reading is not None and not (low <= board.last_reading <= high)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("--size", type=int, default=DEFAULT_SAMPLE)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)

    boards = load_boards(args.db)
    sample = audit_sample(boards, args.size, args.day)
    writer = csv.writer(sys.stdout)
    writer.writerow(["board_id", "species", "rack", "last_reading", "flag"])
    for b in sample:
        writer.writerow(
            [b.board_id, b.species, b.rack, b.last_reading, "CHECK" if out_of_range(b) else ""]
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
