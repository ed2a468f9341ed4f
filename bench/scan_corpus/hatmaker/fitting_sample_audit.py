"""Weekly quality audit of finished hats.

The head milliner re-measures a random sample of the week's finished hats
against the client's head-measurement record, to catch blocks that have
drifted or sizing tapes that were fitted too tight.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
from dataclasses import dataclass

DEFAULT_SAMPLE = 6
TOLERANCE_CM = 0.5


@dataclass
class FinishedHat:
    order_ref: str
    client_name: str
    style: str
    target_circumference_cm: float
    finished_on: str


def finished_this_week(conn: sqlite3.Connection, today: dt.date) -> list[FinishedHat]:
    start = today - dt.timedelta(days=today.weekday())
    rows = conn.execute(
        "SELECT o.reference, c.first_name || ' ' || c.surname, o.style,"
        " m.circumference_cm, o.finished_on"
        " FROM hat_orders o"
        " JOIN clients c ON c.id = o.client_id"
        " JOIN head_measurements m ON m.client_id = c.id AND m.is_current = 1"
        " WHERE o.finished_on >= ? ORDER BY o.finished_on",
        (start.isoformat(),),
    ).fetchall()
    return [FinishedHat(*row) for row in rows]


def pick_sample(hats: list[FinishedHat], size: int) -> list[FinishedHat]:
    if len(hats) <= size:
        return list(hats)
    return random.sample(hats, size)


def print_checklist(sample: list[FinishedHat]) -> None:
    print(f"Quality audit - {len(sample)} hats (tolerance +/- {TOLERANCE_CM} cm)")
    print("-" * 64)
    for hat in sample:
        print(
            f"{hat.order_ref:<10} {hat.client_name:<24} {hat.style:<14}"
            f" target {hat.target_circumference_cm:5.1f} cm   measured ______"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="Pick hats for the weekly sizing audit")
    parser.add_argument("database")
    parser.add_argument("--size", type=int, default=DEFAULT_SAMPLE)
    args = parser.parse_args()
    with sqlite3.connect(args.database) as conn:
        hats = finished_this_week(conn, dt.date.today())
    print_checklist(pick_sample(hats, args.size))


if __name__ == "__main__":
    main()
