"""Import of grading-shed spreadsheets into the stock database.

The graders export a CSV per day (lot, variety, length, grade, bundles).
The same file is often dropped into the inbox twice, so each file is
fingerprinted and skipped if it has already been imported.
"""
from __future__ import annotations

import csv
import hashlib
import logging
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1 << 16
REQUIRED_COLUMNS = {"lot", "variety", "length_cm", "grade", "bundles"}


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def already_imported(conn: sqlite3.Connection, checksum: str) -> bool:
    row = conn.execute("SELECT 1 FROM grading_imports WHERE checksum = ?", (checksum,)).fetchone()
    return row is not None


def import_file(conn: sqlite3.Connection, path: Path) -> int:
    checksum = file_checksum(path)
    if already_imported(conn, checksum):
        log.info("skipping %s, already imported", path.name)
        return 0
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path.name} is missing columns: {', '.join(sorted(missing))}")
        rows = [
            (r["lot"], r["variety"], int(r["length_cm"]), r["grade"].upper(), int(r["bundles"]))
            for r in reader
        ]
    conn.executemany(
        "INSERT INTO graded_bundles (lot, variety, length_cm, grade, bundles) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT INTO grading_imports (checksum, file_name, rows) VALUES (?, ?, ?)",
        (checksum, path.name, len(rows)),
    )
    conn.commit()
    log.info("imported %d rows from %s", len(rows), path.name)
    return len(rows)


def process_inbox(conn: sqlite3.Connection, inbox: Path, done: Path) -> int:
    total = 0
    done.mkdir(parents=True, exist_ok=True)
    for path in sorted(inbox.glob("*.csv")):
        total += import_file(conn, path)
        shutil.move(str(path), done / path.name)
    return total
