"""Search endpoint backing the specimen tracking table in the intake dashboard."""
from __future__ import annotations

from datetime import date

import psycopg2.extras

SORTABLE = {
    "received": "received_at",
    "accession": "accession",
    "status": "status",
    "site": "collection_site",
}


def search_samples(conn, *, received_after: date, site: str | None = None,
                   status: str | None = None, sort: str = "received",
                   descending: bool = True, limit: int = 100) -> list[dict]:
    order_col = SORTABLE.get(sort, "received_at")
    direction = "DESC" if descending else "ASC"

    clauses = ["deleted_at IS NULL", "received_at >= %s"]
    params: list = [received_after]
    if site:
        clauses.append("collection_site = %s")
        params.append(site)
    if status:
        clauses.append("status = %s")
        params.append(status)
    params.append(min(max(limit, 1), 500))

    query = (
        "SELECT accession, test_code, status, collection_site, received_at "
        f"FROM samples WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order_col} {direction} LIMIT %s"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, params)
        return cur.fetchall()
