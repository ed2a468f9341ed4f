"""Archiving of licence returns once the authority has acknowledged them.

At the end of each quarter the office selects the licence returns that the
fisheries authority has acknowledged and moves them to the archive table, so
the working table only holds returns that still need attention.
"""

import logging
import sqlite3
from collections.abc import Iterable

log = logging.getLogger(__name__)


def _placeholders(count: int) -> str:
    return ", ".join("?" for _ in range(count))


def acknowledged_ids(conn: sqlite3.Connection, quarter: str) -> list[int]:
    rows = conn.execute(
        "SELECT id FROM licence_returns WHERE quarter = ? AND authority_ack IS NOT NULL",
        (quarter,),
    ).fetchall()
    return [r[0] for r in rows]


def archive_returns(conn: sqlite3.Connection, return_ids: Iterable[int]) -> int:
    ids = [int(i) for i in return_ids]
    if not ids:
        return 0
    marks = _placeholders(len(ids))
    with conn:
        conn.execute(
            "INSERT INTO licence_returns_archive "
            f"SELECT * FROM licence_returns WHERE id IN ({marks})",
            ids,
        )
        cur = conn.execute(f"DELETE FROM licence_returns WHERE id IN ({marks})", ids)
    log.info("archived %d licence returns", cur.rowcount)
    return cur.rowcount


def archive_quarter(db_path: str, quarter: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return archive_returns(conn, acknowledged_ids(conn, quarter))
    finally:
        conn.close()
