"""Queries behind the "browse by series" pages of the online catalogue."""

from __future__ import annotations

import sqlite3
from typing import Sequence

SORT_COLUMNS = {
    "reference": "reference",
    "date": "start_year",
    "title": "title COLLATE NOCASE",
}


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def entries_in_series(
    conn: sqlite3.Connection,
    series_refs: Sequence[str],
    sort: str = "reference",
    limit: int = 100,
    offset: int = 0,
) -> list[sqlite3.Row]:
    if not series_refs:
        return []
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["reference"])
    sql = (
        "SELECT reference, title, start_year, end_year, access_status "
        f"FROM catalogue_entry WHERE series_ref IN ({_placeholders(series_refs)}) "
        f"ORDER BY {order_by} LIMIT ? OFFSET ?"
    )
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, [*series_refs, int(limit), int(offset)]).fetchall()


def count_in_series(conn: sqlite3.Connection, series_ref: str) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM catalogue_entry WHERE series_ref = ?", (series_ref,)
    ).fetchone()
    return row[0]
