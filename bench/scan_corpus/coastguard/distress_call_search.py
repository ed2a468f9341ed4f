"""Search over the distress call log for the incident review screen."""
import os
from datetime import datetime

import psycopg
from psycopg import sql

DSN = os.environ.get("DISTRESS_LOG_DSN", "postgresql:///distresslog")

SORTABLE_COLUMNS = {
    "received": "received_at",
    "channel": "channel",
    "category": "distress_category",
}


def build_search(channel: str | None, category: str | None, sort: str) -> tuple[sql.Composed, dict]:
    clauses = [sql.SQL("received_at BETWEEN %(start)s AND %(end)s")]
    params: dict = {}
    if channel:
        clauses.append(sql.SQL("channel = %(channel)s"))
        params["channel"] = channel
    if category:
        clauses.append(sql.SQL("distress_category = %(category)s"))
        params["category"] = category
    order_col = SORTABLE_COLUMNS.get(sort, "received_at")
    query = sql.SQL(
        "SELECT call_id, received_at, channel, distress_category, caller_position, summary "
        "FROM distress_calls WHERE {where} ORDER BY {order} DESC LIMIT 200"
    ).format(where=sql.SQL(" AND ").join(clauses), order=sql.Identifier(order_col))
    return query, params


def search_calls(start: datetime, end: datetime, channel=None, category=None, sort="received"):
    query, params = build_search(channel, category, sort)
    params.update(start=start, end=end)
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(query, params)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
