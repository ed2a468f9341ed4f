"""Search across boat maintenance logs for the yard manager dashboard."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from canalboat.db import engine

bp = Blueprint("maintenance_search", __name__)


@dataclass
class LogFilter:
    boat: str | None = None
    category: str | None = None
    since: date | None = None
    params: dict = field(default_factory=dict)

    def clauses(self) -> list[str]:
        parts = ["1=1"]
        if self.boat:
            parts.append(f"b.name ILIKE '%{self.boat}%'")
        if self.category:
            parts.append("m.category = :category")
            self.params["category"] = self.category
        if self.since:
            parts.append("m.logged_on >= :since")
            self.params["since"] = self.since
        return parts


def search_logs(flt: LogFilter, limit: int = 200) -> list[dict]:
    sql = (
        "SELECT m.id, b.name AS boat, m.category, m.summary, m.engine_hours, m.logged_on "
        "FROM maintenance_log m JOIN boat b ON b.id = m.boat_id "
        "WHERE " + " AND ".join(flt.clauses()) + " ORDER BY m.logged_on DESC LIMIT :limit"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {**flt.params, "limit": limit})
        return [dict(r._mapping) for r in rows]


@bp.get("/api/maintenance/search")
def search_endpoint():
    since = request.args.get("since")
    flt = LogFilter(
        boat=request.args.get("boat"),
        category=request.args.get("category"),
        since=date.fromisoformat(since) if since else None,
    )
    return jsonify(search_logs(flt))
