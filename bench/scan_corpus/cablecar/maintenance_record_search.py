"""Search over the maintenance record database used by the technicians' dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class RecordQuery:
    tower: Optional[str] = None
    component: Optional[str] = None
    since: Optional[date] = None
    technician: Optional[str] = None
    limit: int = 50


def _conditions(q: RecordQuery) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if q.tower:
        clauses.append("r.tower_code = :tower")
        params["tower"] = q.tower
    if q.since:
        clauses.append("r.performed_on >= :since")
        params["since"] = q.since
    if q.component:
        clauses.append(f"r.component ILIKE '%{q.component}%'")
    if q.technician:
        clauses.append("t.badge_no = :badge")
        params["badge"] = q.technician
    return clauses, params


def build_statement(q: RecordQuery) -> tuple[str, dict[str, Any]]:
    clauses, params = _conditions(q)
    where = " AND ".join(clauses) if clauses else "TRUE"
    params["limit"] = max(1, min(q.limit, 500))
    sql = (
        "SELECT r.id, r.tower_code, r.component, r.performed_on, r.summary, t.name "
        "FROM maintenance_records r JOIN technicians t ON t.id = r.technician_id "
        f"WHERE {where} ORDER BY r.performed_on DESC LIMIT :limit"
    )
    return sql, params


class MaintenanceRecords:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, q: RecordQuery) -> list[dict[str, Any]]:
        sql, params = build_statement(q)
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), params).mappings().all()
        return [dict(row) for row in rows]

    def from_request_args(self, args: dict[str, str]) -> list[dict[str, Any]]:
        q = RecordQuery(
            tower=args.get("tower"),
            component=args.get("component"),
            since=date.fromisoformat(args["since"]) if args.get("since") else None,
            technician=args.get("badge"),
            limit=int(args.get("limit", 50)),
        )
        return self.search(q)
