"""Import harvest logs exported from the pan tablets.

Tablets sometimes upload the same CSV twice after a reconnect, so each row
gets a content fingerprint and duplicates are skipped on insert.
"""
import csv
import hashlib as hl
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator


@dataclass
class HarvestRow:
    pan_id: str
    harvest_date: date
    raker_badge: str
    wet_kg: float
    grade: str

    def fingerprint(self) -> str:
        canonical = "|".join(
            [self.pan_id, self.harvest_date.isoformat(), self.raker_badge,
             f"{self.wet_kg:.2f}", self.grade]
        )
        return hl.sha1(canonical.encode("utf-8")).hexdigest()


def read_rows(path: Path) -> Iterator[HarvestRow]:
    with path.open(newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            yield HarvestRow(
                pan_id=rec["pan_id"].strip(),
                harvest_date=date.fromisoformat(rec["harvest_date"]),
                raker_badge=rec["raker_badge"].strip(),
                wet_kg=float(rec["wet_kg"]),
                grade=rec["grade"].strip().upper(),
            )


def import_rows(conn: sqlite3.Connection, rows: Iterable[HarvestRow]) -> int:
    inserted = 0
    for row in rows:
        cur = conn.execute(
            "INSERT OR IGNORE INTO harvest_log "
            "(fingerprint, pan_id, harvest_date, raker_badge, wet_kg, grade) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (row.fingerprint(), row.pan_id, row.harvest_date.isoformat(),
             row.raker_badge, row.wet_kg, row.grade),
        )
        inserted += cur.rowcount
    conn.commit()
    return inserted


def import_directory(db_path: str, inbox: Path) -> dict:
    results = {}
    with sqlite3.connect(db_path) as conn:
        for csv_path in sorted(inbox.glob("*.csv")):
            results[csv_path.name] = import_rows(conn, read_rows(csv_path))
    return results


if __name__ == "__main__":
    import sys

    summary = import_directory(sys.argv[1], Path(sys.argv[2]))
    for name, count in summary.items():
        print(f"{name}: {count} new rows")
