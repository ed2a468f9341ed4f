"""Dispute listing for the case-officer dashboard, with user-selectable sorting."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import psycopg
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "opened": "opened_at",
    "amount": "disputed_amount",
    "deal": "deal_id",
    "status": "status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass(frozen=True)
class ListingRequest:
    officer_id: int
    status: str | None
    sort_key: str
    direction: str
    limit: int

    @classmethod
    def from_query(cls, officer_id: int, args: Mapping[str, str]) -> "ListingRequest":
        return cls(
            officer_id=officer_id,
            status=args.get("status") or None,
            sort_key=args.get("sort", "opened"),
            direction=args.get("order", "desc").lower(),
            limit=max(1, min(int(args.get("limit", "50")), 200)),
        )

    def order_by(self) -> str:
        column = SORTABLE_COLUMNS.get(self.sort_key, "opened_at")
        direction = DIRECTIONS.get(self.direction, "DESC")
        return "ORDER BY {} {}, id".format(column, direction)


def list_disputes(conn: psycopg.Connection, req: ListingRequest) -> list[dict[str, Any]]:
    conditions = ["assigned_officer = %s"]
    params: list[Any] = [req.officer_id]
    if req.status is not None:
        conditions.append("status = %s")
        params.append(req.status)
    sql = (
        "SELECT id, deal_id, status, disputed_amount, opened_at FROM disputes WHERE "
        + " AND ".join(conditions)
        + f" {req.order_by()} LIMIT %s"
    )
    params.append(req.limit)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def dashboard(conn: psycopg.Connection, officer_id: int, query_args: Mapping[str, str]) -> dict[str, Any]:
    req = ListingRequest.from_query(officer_id, query_args)
    items = list_disputes(conn, req)
    return {"sort": req.sort_key, "order": req.direction, "count": len(items), "items": items}
