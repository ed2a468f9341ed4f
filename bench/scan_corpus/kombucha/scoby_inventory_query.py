"""Listing and sorting the SCOBY hotel inventory for the cellar dashboard.

The dashboard lets cellar staff filter SCOBYs by jar, lineage and status
and sort by any of a few columns.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

FILTER_COLUMNS = ("hotel_jar", "lineage", "status", "culture_source")
SORT_COLUMNS = {
    "age": "born_on",
    "thickness": "thickness_mm",
    "jar": "hotel_jar",
    "lineage": "lineage",
}


@dataclass
class Scoby:
    scoby_id: int
    hotel_jar: str
    lineage: str
    status: str
    thickness_mm: float
    born_on: date


class ScobyQuery:
    def __init__(self, filters: dict[str, str], sort: str = "age", descending: bool = True):
        self.filters = {k: v for k, v in filters.items() if k in FILTER_COLUMNS and v}
        self.sort_column = SORT_COLUMNS.get(sort, "born_on")
        self.direction = "DESC" if descending else "ASC"

    def render(self, limit: int) -> tuple[str, list]:
        where = " AND ".join(f"{col} = %s" for col in self.filters) or "TRUE"
        sql = (
            "SELECT scoby_id, hotel_jar, lineage, status, thickness_mm, born_on"
            f" FROM scobies WHERE {where}"
            f" ORDER BY {self.sort_column} {self.direction} LIMIT %s"
        )
        return sql, [*self.filters.values(), limit]


def list_scobies(args: dict[str, str], limit: int = 100) -> list[Scoby]:
    query = ScobyQuery(
        filters={k: args.get(k, "") for k in FILTER_COLUMNS},
        sort=args.get("sort", "age"),
        descending=args.get("order", "desc") != "asc",
    )
    sql, params = query.render(min(limit, 500))
    with psycopg.connect(os.environ["CELLAR_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    return [Scoby(**r) for r in rows]


def retire(scoby_id: int, reason: str) -> None:
    with psycopg.connect(os.environ["CELLAR_DSN"]) as conn:
        conn.execute(
            "UPDATE scobies SET status = 'retired', retired_reason = %s WHERE scoby_id = %s",
            (reason, scoby_id),
        )
