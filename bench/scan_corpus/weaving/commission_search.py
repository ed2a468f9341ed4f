"""Search and sort of commission requests in the studio's back office."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

SORT_COLUMNS = {
    "received": "received_at",
    "deadline": "deadline",
    "client": "client_name",
    "budget": "budget_gbp",
}
STATUSES = {"new", "quoted", "accepted", "on_loom", "finished", "declined"}


@dataclass
class CommissionFilter:
    text: str = ""
    status: Optional[str] = None
    sort: str = "received"
    descending: bool = True
    limit: int = 50


def search_commissions(conn: sqlite3.Connection, flt: CommissionFilter) -> list[sqlite3.Row]:
    column = SORT_COLUMNS.get(flt.sort, "received_at")
    direction = "DESC" if flt.descending else "ASC"
    clauses = ["1 = 1"]
    params: list = []
    if flt.text:
        clauses.append("(client_name LIKE ? OR piece LIKE ?)")
        params.extend([f"%{flt.text}%", f"%{flt.text}%"])
    if flt.status is not None:
        if flt.status not in STATUSES:
            raise ValueError(f"unknown status {flt.status!r}")
        clauses.append("status = ?")
        params.append(flt.status)
    params.append(max(1, min(flt.limit, 200)))
    sql = (
        "SELECT id, client_name, piece, status, budget_gbp, deadline, received_at "
        f"FROM commissions WHERE {' AND '.join(clauses)} ORDER BY {column} {direction} LIMIT ?"
    )
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()


def set_status(conn: sqlite3.Connection, commission_id: int, status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    with conn:
        conn.execute("UPDATE commissions SET status = ? WHERE id = ?", (status, commission_id))
