"""Picks units for the weekly walk-through lock check done by site managers.

Managers cannot check every door each week, so a sample is drawn, weighted
towards units that are vacant or overlocked, and printed as a route sheet.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class UnitRow:
    unit_id: int
    unit_number: str
    building: str
    status: str


PRIORITY_STATUSES = {"vacant", "overlocked"}


def load_units(db_path: str, facility_id: int) -> list[UnitRow]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT id, unit_number, building, status FROM units WHERE facility_id = ?",
            (facility_id,),
        ).fetchall()
    return [UnitRow(*r) for r in rows]


def choose_units(units: list[UnitRow], count: int, rng: random.Random) -> list[UnitRow]:
    priority = [u for u in units if u.status in PRIORITY_STATUSES]
    others = [u for u in units if u.status not in PRIORITY_STATUSES]
    chosen = rng.sample(priority, min(len(priority), count // 2))
    remaining = count - len(chosen)
    chosen += rng.sample(others, min(len(others), remaining))
    return sorted(chosen, key=lambda u: (u.building, u.unit_number))


def route_sheet(units: list[UnitRow]) -> str:
    lines = ["Building  Unit     Status      Lock OK?"]
    for u in units:
        lines.append(f"{u.building:<9} {u.unit_number:<8} {u.status:<11} [ ]")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("facility_id", type=int)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, help="reproduce a previous week's sheet")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    units = load_units(args.db, args.facility_id)
    print(route_sheet(choose_units(units, args.count, rng)))


if __name__ == "__main__":
    main()
