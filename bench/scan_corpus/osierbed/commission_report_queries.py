"""Reporting queries for living-willow sculpture commissions.

The office uses these to list commissions by stage (enquiry, quoted,
planting, aftercare) for the weekly planning meeting and for invoicing.
"""

import sqlite3
from dataclasses import dataclass
from typing import Iterable

ORDERABLE = {
    "client": "c.client_name",
    "site": "c.site_postcode",
    "planting": "c.planting_date",
    "value": "c.quote_pence",
}


@dataclass
class CommissionFilter:
    statuses: tuple[str, ...] = ("quoted", "planting")
    order: str = "planting"
    newest_first: bool = False
    limit: int = 100


def _placeholders(values: Iterable) -> str:
    return ", ".join("?" for _ in values)


def commissions_report(conn: sqlite3.Connection, flt: CommissionFilter) -> list[sqlite3.Row]:
    column = ORDERABLE.get(flt.order, ORDERABLE["planting"])
    direction = "DESC" if flt.newest_first else "ASC"
    statuses = list(flt.statuses) or ["enquiry"]
    sql = (
        "SELECT c.id, c.client_name, c.site_postcode, c.structure_type, "
        "c.planting_date, c.quote_pence, c.status "
        "FROM commissions c "
        f"WHERE c.status IN ({_placeholders(statuses)}) "
        f"ORDER BY {column} {direction} LIMIT ?"
    )
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, (*statuses, int(flt.limit))).fetchall()


def aftercare_due(conn: sqlite3.Connection, before_date: str) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(
        "SELECT id, client_name, site_postcode, last_visit FROM commissions "
        "WHERE status = 'aftercare' AND next_visit_due <= ? ORDER BY next_visit_due",
        (before_date,),
    ).fetchall()
