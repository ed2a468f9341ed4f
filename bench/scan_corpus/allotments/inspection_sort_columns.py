"""Sortable, filterable list of plot inspections for the committee portal."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from psycopg.rows import dict_row

SORTABLE = {
    "plot": "p.plot_ref",
    "site": "p.site_code",
    "date": "i.inspected_on",
    "grade": "i.grade",
    "inspector": "i.inspector_name",
}


@dataclass
class InspectionQuery:
    site: Optional[str] = None
    grade: Optional[str] = None
    since: Optional[date] = None
    sort: str = "date"
    descending: bool = True
    limit: int = 50
    offset: int = 0


class InspectionListing:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _where(q: InspectionQuery) -> tuple[str, list]:
        clauses, params = ["TRUE"], []
        if q.site:
            clauses.append("p.site_code = %s")
            params.append(q.site)
        if q.grade:
            clauses.append("i.grade = %s")
            params.append(q.grade)
        if q.since:
            clauses.append("i.inspected_on >= %s")
            params.append(q.since)
        return " AND ".join(clauses), params

    def fetch(self, q: InspectionQuery) -> list[dict]:
        order_col = SORTABLE.get(q.sort, SORTABLE["date"])
        direction = "DESC" if q.descending else "ASC"
        where, params = self._where(q)
        sql = (
            "SELECT p.plot_ref, p.site_code, i.inspected_on, i.grade, i.inspector_name, i.notes "
            "FROM inspection i JOIN plot p ON p.plot_ref = i.plot_ref "
            f"WHERE {where} ORDER BY {order_col} {direction}, p.plot_ref LIMIT %s OFFSET %s"
        )
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, [*params, min(q.limit, 200), max(q.offset, 0)]).fetchall()


def from_request_args(args) -> InspectionQuery:
    return InspectionQuery(
        site=args.get("site") or None,
        grade=args.get("grade") or None,
        since=date.fromisoformat(args["since"]) if args.get("since") else None,
        sort=args.get("sort", "date"),
        descending=args.get("dir", "desc") != "asc",
        limit=int(args.get("limit", 50)),
        offset=int(args.get("offset", 0)),
    )
