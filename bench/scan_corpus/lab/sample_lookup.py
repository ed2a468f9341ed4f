"""Bulk barcode lookup used by the bench scanner app.

Technicians scan a rack of tubes and the app asks for all of them at once.
"""
import sqlite3
from collections.abc import Sequence

MAX_BATCH = 500

LOOKUP_SQL = """
SELECT s.barcode, s.sample_type, s.status, l.freezer, l.rack, l.position
FROM samples AS s
LEFT JOIN locations AS l ON l.sample_id = s.id
WHERE s.barcode IN ({placeholders}) AND s.project = ?
"""


def lookup_barcodes(conn: sqlite3.Connection, barcodes: Sequence[str], project: str) -> dict[str, dict]:
    wanted = list(dict.fromkeys(b.strip() for b in barcodes if b.strip()))
    if not wanted:
        return {}
    if len(wanted) > MAX_BATCH:
        raise ValueError(f"at most {MAX_BATCH} barcodes per lookup")

    placeholders = ", ".join("?" for _ in wanted)
    sql = LOOKUP_SQL.format(placeholders=placeholders)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(sql, [*wanted, project]).fetchall()
    return {r["barcode"]: dict(r) for r in rows}


def missing_barcodes(found: dict[str, dict], scanned: Sequence[str]) -> list[str]:
    return [b for b in scanned if b not in found]
