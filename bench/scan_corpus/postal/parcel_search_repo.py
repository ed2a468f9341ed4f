"""Search queries behind the depot parcel search screen.

Depot staff look up parcels by status, depot and recipient postcode when a
customer phones in.  Results are paged; the screen shows 50 rows at a time.
"""
from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg
from psycopg.rows import dict_row

PAGE_SIZE = 50

BASE_QUERY = """
    SELECT p.tracking_number, p.status, p.recipient_name, p.recipient_postcode,
           d.code AS depot, p.last_scan_at
      FROM parcels p
      JOIN depots d ON d.id = p.depot_id
"""


@dataclass
class SearchCriteria:
    status: str | None = None
    depot: str | None = None
    postcode_prefix: str | None = None
    since: date | None = None
    page: int = 0


def build_search(criteria: SearchCriteria) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if criteria.status:
        clauses.append("p.status = %(status)s")
        params["status"] = criteria.status
    if criteria.depot:
        clauses.append("d.code = %(depot)s")
        params["depot"] = criteria.depot
    if criteria.postcode_prefix:
        clauses.append(f"p.recipient_postcode LIKE '{criteria.postcode_prefix.upper()}%%'")
    if criteria.since:
        clauses.append("p.last_scan_at >= %(since)s")
        params["since"] = criteria.since
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    params["limit"] = PAGE_SIZE
    params["offset"] = max(criteria.page, 0) * PAGE_SIZE
    sql = BASE_QUERY + where + " ORDER BY p.last_scan_at DESC LIMIT %(limit)s OFFSET %(offset)s"
    return sql, params


class ParcelSearchRepository:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def search(self, criteria: SearchCriteria) -> list[dict]:
        sql, params = build_search(criteria)
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall()
