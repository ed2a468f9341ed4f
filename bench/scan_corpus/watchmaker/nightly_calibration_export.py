"""Nightly export of calibration results for the quality department share."""
from __future__ import annotations

import csv
import os
import stat
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping

from sqlalchemy import create_engine, text

EXPORT_DIR = Path(os.environ.get("QUALITY_EXPORT_DIR", "/srv/quality/calibration"))
EXPORT_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
DIR_MODE = 0o750
COLUMNS = ("movement_serial", "caliber", "mean_rate", "delta", "amplitude", "bench_id")


def _rows(day: date) -> Iterable[Mapping[str, object]]:
    engine = create_engine(os.environ["WORKSHOP_DB_URL"])
    with engine.connect() as conn:
        yield from conn.execute(
            text(
                "SELECT movement_serial, caliber, mean_rate, delta, amplitude, bench_id "
                "FROM calibration_results WHERE measured_on = :day ORDER BY movement_serial"
            ),
            {"day": day},
        ).mappings()


def export_day(day: date) -> Path:
    EXPORT_DIR.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    target = EXPORT_DIR / f"calibration_{day:%Y%m%d}.csv"
    partial = target.with_suffix(".csv.part")
    previous = os.umask(0o027)
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for row in _rows(day):
                writer.writerow({col: row[col] for col in COLUMNS})
        os.chmod(partial, EXPORT_MODE)
        partial.replace(target)
    finally:
        os.umask(previous)
    return target


if __name__ == "__main__":
    print(export_day(date.today()))
