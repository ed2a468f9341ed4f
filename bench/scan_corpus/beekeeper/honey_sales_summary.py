"""Sortable honey sales summary for the shop dashboard.

The table in the UI can be sorted by any of its columns; the column name and
direction come from the query string.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row

from shop.settings import DATABASE_DSN

SORT_COLUMNS = {
    "product": "product_code",
    "channel": "channel",
    "jars": "jars",
    "revenue": "revenue_pence",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_clause(sort: str | None, direction: str | None) -> str:
    column = SORT_COLUMNS.get(sort or "", "revenue_pence")
    order = SORT_DIRECTIONS.get((direction or "").lower(), "DESC")
    return f"ORDER BY {column} {order}"


def sales_summary(start: date, end: date, channel: str | None, sort: str | None, direction: str | None):
    params = {"start": start, "end": end, "channel": channel}
    query = (
        "SELECT product_code, channel, SUM(quantity) AS jars, "
        "SUM(quantity * unit_price_pence) AS revenue_pence "
        "FROM honey_sales "
        "WHERE sold_at >= %(start)s AND sold_at < %(end)s "
        "AND (%(channel)s::text IS NULL OR channel = %(channel)s) "
        "GROUP BY product_code, channel "
        f"{order_clause(sort, direction)}"
    )
    with psycopg.connect(DATABASE_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchall()


def summary_view(request):
    start = date.fromisoformat(request.GET.get("from", date.today().replace(day=1).isoformat()))
    end = date.fromisoformat(request.GET.get("to", date.today().isoformat()))
    rows = sales_summary(
        start,
        end,
        request.GET.get("channel") or None,
        request.GET.get("sort"),
        request.GET.get("dir"),
    )
    return {"rows": rows, "total_pence": sum(r["revenue_pence"] for r in rows)}
