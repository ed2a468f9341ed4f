"""Import tonewood stock sheets from suppliers and skip rows already seen.

Suppliers send CSV exports (billet id, species, grade, dimensions, price).
The same sheet often arrives twice, or a corrected sheet repeats most of
the previous one, so each row gets a fingerprint and rows whose
fingerprint is already in the stock table are skipped.
"""
import csv
import hashlib
import sqlite3
import sys
from pathlib import Path
from typing import Iterable, Iterator

FIELDS = ("supplier", "billet_id", "species", "grade",
          "length_mm", "width_mm", "thickness_mm", "price")


def row_fingerprint(row: dict) -> str:
    canonical = "|".join(str(row.get(f, "")).strip().lower() for f in FIELDS)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def read_sheet(path: Path) -> Iterator[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            yield {k.strip().lower(): v for k, v in row.items() if k}


def import_rows(conn: sqlite3.Connection, rows: Iterable[dict]) -> tuple[int, int]:
    added = skipped = 0
    known = {r[0] for r in conn.execute("SELECT fingerprint FROM wood_stock")}
    for row in rows:
        fp = row_fingerprint(row)
        if fp in known:
            skipped += 1
            continue
        conn.execute(
            "INSERT INTO wood_stock (fingerprint, supplier, billet_id, species, grade, "
            "length_mm, width_mm, thickness_mm, price) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fp, *(row.get(f) for f in FIELDS)),
        )
        known.add(fp)
        added += 1
    conn.commit()
    return added, skipped


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: wood_stock_import_dedupe.py DB SHEET.csv [SHEET.csv ...]")
        return 2
    conn = sqlite3.connect(argv[1])
    try:
        for sheet in argv[2:]:
            added, skipped = import_rows(conn, read_sheet(Path(sheet)))
            print(f"{sheet}: {added} added, {skipped} duplicates skipped")
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
