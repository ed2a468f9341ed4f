"""Offer report for branch managers.

Same filters as the negotiator dashboard, plus a sortable column. Column
names cannot be bound as parameters, so the sort key is looked up in a
fixed mapping; every value goes in as a bound parameter.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2
import psycopg2.extras

SORT_COLUMNS = {
    "amount": "o.amount",
    "created": "o.created_at",
    "status": "o.status",
    "address": "p.address_line1",
}


@dataclass
class ReportFilter:
    branch: str
    since: date
    status: str | None = None
    sort: str = "created"
    descending: bool = True


def build_report_query(flt: ReportFilter) -> tuple[str, list]:
    sql = [
        "SELECT o.id, o.amount, o.status, o.created_at, p.address_line1",
        "FROM offers o JOIN properties p ON p.id = o.property_id",
        "WHERE p.branch_code = %s AND o.created_at >= %s",
    ]
    params: list = [flt.branch, flt.since]
    if flt.status:
        sql.append("AND o.status = %s")
        params.append(flt.status)
    column = SORT_COLUMNS.get(flt.sort, SORT_COLUMNS["created"])
    direction = "DESC" if flt.descending else "ASC"
    sql.append(f"ORDER BY {column} {direction}")
    return "\n".join(sql), params


def run_report(dsn: str, flt: ReportFilter) -> list[dict]:
    sql, params = build_report_query(flt)
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())
