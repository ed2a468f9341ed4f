"""Repository for searching the walk and sitting schedule (PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class ScheduleFilter:
    day_from: date
    day_to: date
    walker_id: int | None = None
    service: str | None = None
    sort: str = "starts_at"
    descending: bool = False


def _order_clause(sort: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {sort} {direction}"


class ScheduleSearchRepository:
    BASE_QUERY = (
        "SELECT s.id, s.starts_at, s.ends_at, s.service, s.status,"
        " d.name AS dog_name, c.full_name AS client_name, w.display_name AS walker_name"
        " FROM schedule_slots s"
        " JOIN dogs d ON d.id = s.dog_id"
        " JOIN clients c ON c.id = d.client_id"
        " LEFT JOIN walkers w ON w.id = s.walker_id"
    )

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def search(self, flt: ScheduleFilter) -> list[dict]:
        where = ["s.starts_at::date BETWEEN %(day_from)s AND %(day_to)s"]
        params: dict[str, object] = {"day_from": flt.day_from, "day_to": flt.day_to}
        if flt.walker_id is not None:
            where.append("s.walker_id = %(walker_id)s")
            params["walker_id"] = flt.walker_id
        if flt.service:
            where.append("s.service = %(service)s")
            params["service"] = flt.service
        query = " ".join(
            [self.BASE_QUERY, "WHERE", " AND ".join(where), _order_clause(flt.sort, flt.descending)]
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, params).fetchall()


def filter_from_query_args(args: dict[str, str]) -> ScheduleFilter:
    """Builds a filter from the query string of GET /api/schedule."""
    return ScheduleFilter(
        day_from=date.fromisoformat(args["from"]),
        day_to=date.fromisoformat(args["to"]),
        walker_id=int(args["walker"]) if args.get("walker") else None,
        service=args.get("service") or None,
        sort=args.get("sort", "starts_at"),
        descending=args.get("dir", "asc").lower() == "desc",
    )
