"""Picks which planting rows to sample for soil moisture and bud counts each week."""

from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlantingRow:
    field_code: str
    row_no: int
    cultivar: str


@dataclass(frozen=True)
class SamplingSettings:
    rows_per_field: int = 6
    seed_prefix: str = "lavender-sampling"


def load_rows(path: str) -> list[PlantingRow]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            PlantingRow(r["field_code"], int(r["row_no"]), r["cultivar"]) for r in csv.DictReader(fh)
        ]


def weekly_plan(
    rows: list[PlantingRow], week_of: date, settings: SamplingSettings = SamplingSettings()
) -> list[PlantingRow]:
    """Same week in, same plan out, so the agronomist can re-run it and get identical rows."""
    iso_year, iso_week, _ = week_of.isocalendar()
    rng = random.Random(f"{settings.seed_prefix}-{iso_year}-W{iso_week:02d}")
    by_field: dict[str, list[PlantingRow]] = {}
    for row in rows:
        by_field.setdefault(row.field_code, []).append(row)
    plan: list[PlantingRow] = []
    for field_code in sorted(by_field):
        candidates = sorted(by_field[field_code], key=lambda r: r.row_no)
        k = min(settings.rows_per_field, len(candidates))
        plan.extend(sorted(rng.sample(candidates, k), key=lambda r: r.row_no))
    return plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rows_csv")
    parser.add_argument("--week", type=date.fromisoformat, default=date.today())
    parser.add_argument("--per-field", type=int, default=6)
    args = parser.parse_args(argv)

    plan = weekly_plan(load_rows(args.rows_csv), args.week, SamplingSettings(args.per_field))
    writer = csv.writer(sys.stdout)
    writer.writerow(["field_code", "row_no", "cultivar"])
    for row in plan:
        writer.writerow([row.field_code, row.row_no, row.cultivar])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
