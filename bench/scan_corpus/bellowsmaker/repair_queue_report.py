"""Repair queue report for the workshop manager.

Lists open repair tickets filtered by status and instrument kind, sorted by
a column the manager picks on the report page.
"""
from enum import Enum
from typing import Sequence

import psycopg2
import psycopg2.extras


class SortColumn(str, Enum):
    received = "received_on"
    promised = "promised_on"
    customer = "customer_name"
    instrument = "instrument_kind"


OPEN_STATUSES = ("received", "quoted", "approved", "on_bench", "waiting_parts")


def _order_clause(sort: str, descending: bool) -> str:
    column = SortColumn[sort].value if sort in SortColumn.__members__ else SortColumn.promised.value
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction}, ticket_id"


def _status_filter(statuses: Sequence[str]) -> tuple[str, list]:
    chosen = [s for s in statuses if s in OPEN_STATUSES] or list(OPEN_STATUSES)
    placeholders = ", ".join(["%s"] * len(chosen))
    return f"t.status IN ({placeholders})", chosen


def queue_report(dsn: str, statuses: Sequence[str], kind: str | None = None,
                 sort: str = "promised", descending: bool = False) -> list[dict]:
    where, params = _status_filter(statuses)
    if kind:
        where += " AND t.instrument_kind = %s"
        params.append(kind)
    sql = (
        "SELECT t.ticket_id, t.status, t.instrument_kind, t.received_on, t.promised_on, "
        "c.name AS customer_name, t.bench "
        "FROM repair_tickets t JOIN customers c ON c.customer_id = t.customer_id "
        f"WHERE {where} {_order_clause(sort, descending)}"
    )
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return [dict(row) for row in cur.fetchall()]


def overdue_count(dsn: str) -> int:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM repair_tickets WHERE promised_on < current_date "
            "AND status = ANY(%s)",
            (list(OPEN_STATUSES),),
        )
        return cur.fetchone()[0]
