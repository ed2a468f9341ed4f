"""Daily covers report for venue managers, sortable by any of the listed columns."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "time": "r.starts_at",
    "party": "r.party_size",
    "name": "g.full_name",
    "created": "r.created_at",
}


def build_report_sql(sort: str, descending: bool, with_status: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["time"])
    direction = "DESC" if descending else "ASC"
    status_clause = "AND r.status = :status" if with_status else ""
    return f"""
        SELECT r.id, r.starts_at, r.party_size, r.status, r.table_label,
               g.full_name, g.visit_count
        FROM reservations r
        JOIN guests g ON g.id = r.guest_id
        WHERE r.venue_id = :venue_id
          AND r.starts_at >= :start AND r.starts_at < :end
          {status_clause}
        ORDER BY {column} {direction}
        LIMIT :limit
    """


def run_report(
    engine: Engine,
    venue_id: int,
    start: datetime,
    end: datetime,
    sort: str = "time",
    descending: bool = False,
    status: str | None = None,
    limit: int = 500,
) -> list[dict]:
    sql = text(build_report_sql(sort, descending, status is not None))
    params = {"venue_id": venue_id, "start": start, "end": end, "limit": min(limit, 2000)}
    if status is not None:
        params["status"] = status
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(sql, params).mappings()]
