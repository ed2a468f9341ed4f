"""Order search for the admin dashboard."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass
class OrderFilter:
    status: str | None = None
    customer_email: str | None = None
    limit: int = 50


def _build_query(flt: OrderFilter) -> str:
    clauses = ["1=1"]
    if flt.status:
        clauses.append(f"status = '{flt.status}'")
    if flt.customer_email:
        clauses.append(f"customer_email = '{flt.customer_email}'")
    return (
        "SELECT id, customer_email, status, total_cents FROM orders "
        f"WHERE {' AND '.join(clauses)} ORDER BY created_at DESC LIMIT {int(flt.limit)}"
    )


def search_orders(conn: sqlite3.Connection, flt: OrderFilter) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(_build_query(flt)).fetchall()
