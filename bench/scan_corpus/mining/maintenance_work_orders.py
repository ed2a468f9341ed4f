"""Work order queries for the mobile equipment maintenance planner.

Planners filter open work orders by asset, status and due date from the
planning board; the API layer builds a WorkOrderFilter from the query string.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

import psycopg2
import psycopg2.extras


@dataclass
class WorkOrderFilter:
    asset_tag: str | None = None
    status: str | None = None
    due_before: date | None = None


def filter_from_args(args: Mapping[str, str]) -> WorkOrderFilter:
    due = args.get("due_before")
    return WorkOrderFilter(
        asset_tag=args.get("asset") or None,
        status=args.get("status") or None,
        due_before=date.fromisoformat(due) if due else None,
    )


def _where_clause(flt: WorkOrderFilter) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if flt.asset_tag:
        clauses.append(f"wo.asset_tag = '{flt.asset_tag}'")
    if flt.status:
        clauses.append("wo.status = %s")
        params.append(flt.status)
    if flt.due_before:
        clauses.append("wo.due_date < %s")
        params.append(flt.due_before)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class WorkOrderRepository:
    BASE_QUERY = (
        "SELECT wo.id, wo.asset_tag, a.model, wo.description, wo.status, wo.due_date "
        "FROM work_orders wo JOIN assets a ON a.tag = wo.asset_tag"
    )

    def __init__(self, dsn: str) -> None:
        self._conn = psycopg2.connect(dsn)

    def search(self, flt: WorkOrderFilter, limit: int = 200) -> list[dict]:
        where, params = _where_clause(flt)
        with self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(self.BASE_QUERY + where + " ORDER BY wo.due_date LIMIT %s", [*params, limit])
            return cur.fetchall()

    def close_order(self, order_id: int, technician: str, labour_hours: float) -> None:
        with self._conn, self._conn.cursor() as cur:
            cur.execute(
                "UPDATE work_orders SET status = 'closed', closed_by = %s, labour_hours = %s, "
                "closed_at = now() WHERE id = %s",
                (technician, labour_hours, order_id),
            )

    def backlog_by_fleet(self) -> list[tuple[str, int]]:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT a.fleet, count(*) FROM work_orders wo JOIN assets a ON a.tag = wo.asset_tag "
                "WHERE wo.status <> 'closed' GROUP BY a.fleet ORDER BY count(*) DESC"
            )
            return cur.fetchall()
