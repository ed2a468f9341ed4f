"""De-duplicate grading tally uploads from the cutting shed.

Graders export the day's tally (bundles per length band and variety) from
the shed tablet as CSV. The barn wifi drops out constantly, so the same
export is often uploaded two or three times; we fingerprint the file
contents and only import a tally once.
"""

import csv
import hashlib
import sqlite3
from pathlib import Path

CHUNK_SIZE = 64 * 1024
LENGTH_BANDS = ("3ft", "4ft", "5ft", "6ft", "7ft", "8ft+")


def content_fingerprint(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


def already_imported(conn: sqlite3.Connection, fingerprint: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM tally_imports WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return row is not None


def import_tally(conn: sqlite3.Connection, path: Path, grader_id: int) -> int:
    fingerprint = content_fingerprint(path)
    if already_imported(conn, fingerprint):
        return 0

    rows = 0
    with path.open(newline="") as fh:
        for record in csv.DictReader(fh):
            band = record["length_band"].strip()
            if band not in LENGTH_BANDS:
                continue
            conn.execute(
                "INSERT INTO grading_tally "
                "(grader_id, variety, length_band, bundles, cut_date) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    grader_id,
                    record["variety"].strip(),
                    band,
                    int(record["bundles"]),
                    record["cut_date"],
                ),
            )
            rows += 1
    conn.execute(
        "INSERT INTO tally_imports (fingerprint, filename, grader_id) VALUES (?, ?, ?)",
        (fingerprint, path.name, grader_id),
    )
    conn.commit()
    return rows
