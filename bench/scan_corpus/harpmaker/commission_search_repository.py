"""Search over harp commissions for the office dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

STATUSES = ("quoted", "deposit_paid", "in_build", "finishing", "ready", "delivered")


@dataclass
class CommissionFilter:
    status: Optional[str] = None
    model: Optional[str] = None
    ordered_after: Optional[date] = None
    sort: str = "ordered_on"
    descending: bool = True
    limit: int = 50


class CommissionSearch:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _order_clause(flt: CommissionFilter) -> str:
        direction = "DESC" if flt.descending else "ASC"
        return "ORDER BY {} {}".format(flt.sort, direction)

    @staticmethod
    def _where(flt: CommissionFilter) -> tuple[str, dict]:
        clauses, params = [], {}
        if flt.status:
            if flt.status not in STATUSES:
                raise ValueError(f"unknown status {flt.status}")
            clauses.append("c.status = :status")
            params["status"] = flt.status
        if flt.model:
            clauses.append("c.harp_model = :model")
            params["model"] = flt.model
        if flt.ordered_after:
            clauses.append("c.ordered_on >= :after")
            params["after"] = flt.ordered_after
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        return where, params

    def search(self, flt: CommissionFilter) -> list[dict]:
        where, params = self._where(flt)
        params["limit"] = max(1, min(flt.limit, 200))
        sql = (
            "SELECT c.id, c.customer_name, c.harp_model, c.string_count, c.status, c.ordered_on "
            f"FROM commissions c {where} {self._order_clause(flt)} LIMIT :limit"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), params).mappings().all()
        return [dict(r) for r in rows]


def filter_from_query(args) -> CommissionFilter:
    """Build a filter from the dashboard's query string (a werkzeug MultiDict)."""
    after = args.get("after")
    return CommissionFilter(
        status=args.get("status") or None,
        model=args.get("model") or None,
        ordered_after=date.fromisoformat(after) if after else None,
        sort=args.get("sort", "ordered_on"),
        descending=args.get("dir", "desc") != "asc",
        limit=int(args.get("limit", 50)),
    )
