"""Builds the daily housekeeping rota.

Turnarounds are spread across the cleaners on shift. The order of the
units is shuffled each morning so that the same cleaner does not always
get the far-field yurts, then units are dealt out round-robin.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from collections import defaultdict
from datetime import date


def departures_for(conn: sqlite3.Connection, day: date) -> list[str]:
    rows = conn.execute(
        "SELECT u.code FROM bookings b JOIN units u ON u.id = b.unit_id"
        " WHERE b.departure = ? AND b.status = 'confirmed'",
        (day.isoformat(),),
    ).fetchall()
    return [r[0] for r in rows]


def cleaners_on_shift(conn: sqlite3.Connection, day: date) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM shifts WHERE day = ? AND role = 'housekeeping' ORDER BY name",
        (day.isoformat(),),
    ).fetchall()
    return [r[0] for r in rows]


def build_rota(units: list[str], cleaners: list[str], day: date) -> dict[str, list[str]]:
    if not cleaners:
        raise ValueError("nobody on the housekeeping shift")
    shuffled = list(units)
    random.Random(day.toordinal()).shuffle(shuffled)
    rota: dict[str, list[str]] = defaultdict(list)
    for i, unit in enumerate(shuffled):
        rota[cleaners[i % len(cleaners)]].append(unit)
    return dict(rota)


def save_rota(conn: sqlite3.Connection, day: date, rota: dict[str, list[str]]) -> None:
    with conn:
        conn.execute("DELETE FROM rota WHERE day = ?", (day.isoformat(),))
        conn.executemany(
            "INSERT INTO rota (day, cleaner, unit_code) VALUES (?, ?, ?)",
            [(day.isoformat(), c, u) for c, units in rota.items() for u in units],
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/var/lib/glamping/ops.db")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    conn = sqlite3.connect(args.db)
    rota = build_rota(departures_for(conn, args.day), cleaners_on_shift(conn, args.day), args.day)
    save_rota(conn, args.day, rota)
    for cleaner, units in sorted(rota.items()):
        print(f"{cleaner:<12} {', '.join(units)}")


if __name__ == "__main__":
    main()
