"""End-of-day archive of till takings for the farm shop and ticket desk.

Run by cron at 19:00 as the ``shopops`` user; writes a CSV per till into
the accounts share, which is readable by the accounts group only.
"""
from __future__ import annotations

import csv
import os
import sqlite3
from datetime import date
from pathlib import Path

ARCHIVE_ROOT = Path(os.environ.get("TAKINGS_ARCHIVE", "/srv/pumpkinpatch/takings"))
DB_PATH = os.environ.get("SHOP_DB", "/srv/pumpkinpatch/shop.sqlite3")
DIR_MODE = 0o750
FILE_MODE = 0o640


def day_folder(day: date) -> Path:
    folder = ARCHIVE_ROOT / f"{day:%Y}" / f"{day:%m}"
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    return folder


def takings_by_till(day: date) -> dict[str, list[tuple]]:
    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute(
            "SELECT till_id, sold_at, payment_method, amount_pence FROM sales"
            " WHERE date(sold_at) = ? ORDER BY till_id, sold_at",
            (day.isoformat(),),
        ).fetchall()
    grouped: dict[str, list[tuple]] = {}
    for till_id, *rest in rows:
        grouped.setdefault(till_id, []).append(tuple(rest))
    return grouped


def write_till_csv(folder: Path, day: date, till_id: str, rows: list[tuple]) -> Path:
    target = folder / f"{day:%Y-%m-%d}-{till_id}.csv"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sold_at", "payment_method", "amount_pence"])
        writer.writerows(rows)
    os.chmod(target, FILE_MODE)
    return target


def archive(day: date | None = None) -> list[Path]:
    day = day or date.today()
    folder = day_folder(day)
    written = []
    for till_id, rows in takings_by_till(day).items():
        written.append(write_till_csv(folder, day, till_id, rows))
    return written


if __name__ == "__main__":
    for path in archive():
        print(path)
