"""Search endpoint for substrate batches in the grower dashboard."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

SORTABLE_COLUMNS = {
    "created": "created_at",
    "strain": "strain",
    "room": "room_code",
    "moisture": "moisture_pct",
}


@dataclass
class BatchSearch:
    strain: str | None = None
    room: str | None = None
    sort: str = "created"
    descending: bool = True
    limit: int = 50


def _order_clause(search: BatchSearch) -> str:
    column = SORTABLE_COLUMNS.get(search.sort, "created_at")
    direction = "DESC" if search.descending else "ASC"
    return f"ORDER BY {column} {direction}"


def find_batches(conn: sqlite3.Connection, search: BatchSearch) -> list[dict[str, Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if search.strain:
        clauses.append("strain = ?")
        params.append(search.strain)
    if search.room:
        clauses.append("room_code = ?")
        params.append(search.room)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        "SELECT code, strain, room_code, moisture_pct, created_at FROM substrate_batches "
        f"{where} {_order_clause(search)} LIMIT ?"
    )
    params.append(max(1, min(search.limit, 500)))
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params)]
