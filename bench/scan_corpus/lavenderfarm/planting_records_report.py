"""CLI report of planting records per field: cultivar, rows planted, and losses."""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = Path("/var/lib/lavenderfarm/fields.sqlite3")


@dataclass
class PlantingRecord:
    field_code: str
    cultivar: str
    planted_on: str
    rows_planted: int
    plants_lost: int

    @property
    def survival_rate(self) -> float:
        total = self.rows_planted * 120
        return 0.0 if total == 0 else 1 - self.plants_lost / total


def fetch_records(conn: sqlite3.Connection, field_code: str, season: int) -> list[PlantingRecord]:
    query = (
        "SELECT field_code, cultivar, planted_on, rows_planted, plants_lost "
        "FROM planting_records "
        f"WHERE field_code = '{field_code}' AND strftime('%Y', planted_on) = ? "
        "ORDER BY planted_on"
    )
    cursor = conn.execute(query, (str(season),))
    return [PlantingRecord(*row) for row in cursor.fetchall()]


def write_report(records: list[PlantingRecord], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["field", "cultivar", "planted_on", "rows", "lost", "survival"])
    for rec in records:
        writer.writerow(
            [
                rec.field_code,
                rec.cultivar,
                rec.planted_on,
                rec.rows_planted,
                rec.plants_lost,
                f"{rec.survival_rate:.1%}",
            ]
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("field", help="field code, e.g. NORTH-3")
    parser.add_argument("--season", type=int, required=True)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args(argv)

    conn = sqlite3.connect(args.db)
    try:
        records = fetch_records(conn, args.field, args.season)
    finally:
        conn.close()
    if not records:
        print(f"no planting records for {args.field} in {args.season}", file=sys.stderr)
        return 1
    write_report(records, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
