"""Export monthly PAT test records as a zipped CSV for the insurer."""
import csv
import os
import sqlite3
import tempfile
import zipfile
from datetime import date
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("PAT_EXPORT_DIR", "/var/lib/lampmaker/exports"))
COLUMNS = ("asset_tag", "tested_on", "technician", "earth_bond_ohms", "insulation_mohms", "passed")


def month_rows(conn: sqlite3.Connection, year: int, month: int):
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return conn.execute(
        "SELECT asset_tag, tested_on, technician, earth_bond_ohms, insulation_mohms, passed "
        "FROM pat_results WHERE tested_on >= ? AND tested_on < ? ORDER BY tested_on",
        (start.isoformat(), end.isoformat()),
    )


def export_month(db_path: str, year: int, month: int) -> Path:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"pat-records-{year}-{month:02d}.zip"
    with sqlite3.connect(db_path) as conn, tempfile.NamedTemporaryFile(
        "w+", newline="", suffix=".csv", encoding="utf-8"
    ) as tmp:
        writer = csv.writer(tmp)
        writer.writerow(COLUMNS)
        count = 0
        for row in month_rows(conn, year, month):
            writer.writerow(row)
            count += 1
        tmp.flush()
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(tmp.name, arcname=f"pat-records-{year}-{month:02d}.csv")
    print(f"{count} records written to {target}")
    return target


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("year", type=int)
    ap.add_argument("month", type=int)
    ap.add_argument("--db", default=os.environ.get("WORKSHOP_DB", "workshop.db"))
    args = ap.parse_args()
    export_month(args.db, args.year, args.month)
