"""Splits the players at a training session into drill groups.

Coaches want the same split if they re-run the tool during a session,
so the shuffle is seeded from the session date and squad.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from datetime import date
from typing import List, Sequence


@dataclass(frozen=True)
class Attendee:
    name: str
    position: str


def load_attendees(path: str) -> List[Attendee]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [Attendee(row["name"], row["position"]) for row in csv.DictReader(fh)]


def split_into_groups(players: Sequence[Attendee], groups: int, session_day: date,
                      squad: str) -> List[List[Attendee]]:
    rng = random.Random(f"{squad}:{session_day.isoformat()}")
    forwards = [p for p in players if p.position in {"prop", "hooker", "lock", "flanker", "number8"}]
    backs = [p for p in players if p not in forwards]
    rng.shuffle(forwards)
    rng.shuffle(backs)
    result: List[List[Attendee]] = [[] for _ in range(groups)]
    for i, player in enumerate(forwards + backs):
        result[i % groups].append(player)
    return result


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("attendance_csv")
    parser.add_argument("--groups", type=int, default=3)
    parser.add_argument("--squad", default="seniors")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)

    groups = split_into_groups(load_attendees(args.attendance_csv), args.groups, args.day, args.squad)
    for number, members in enumerate(groups, start=1):
        print(f"Group {number}: " + ", ".join(p.name for p in members))
    return 0


if __name__ == "__main__":
    sys.exit(main())
