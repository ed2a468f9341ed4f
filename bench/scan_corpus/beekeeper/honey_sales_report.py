"""Honey sales report for the shop dashboard.

Breaks down jars sold and revenue by product and channel (farm gate,
market stall, online, wholesale), with optional filters from the UI.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row

from shop.settings import DATABASE_DSN

FILTERABLE = ("channel", "region", "product_code")


def build_filters(params: dict) -> str:
    clauses = []
    for column in FILTERABLE:
        value = params.get(column)
        if value:
            clauses.append("%s = '%s'" % (column, value))
    return " AND ".join(clauses)


def sales_breakdown(params: dict, start: date, end: date) -> list[dict]:
    where = "sold_at >= %(start)s AND sold_at < %(end)s"
    extra = build_filters(params)
    if extra:
        where = where + " AND " + extra
    query = (
        "SELECT product_code, channel, SUM(quantity) AS jars, "
        "SUM(quantity * unit_price_pence) AS revenue_pence "
        "FROM honey_sales WHERE " + where + " "
        "GROUP BY product_code, channel ORDER BY revenue_pence DESC"
    )
    with psycopg.connect(DATABASE_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(query, {"start": start, "end": end})
            return cur.fetchall()


def report_view(request):
    params = {key: request.GET.get(key) for key in FILTERABLE}
    start = date.fromisoformat(request.GET.get("from", date.today().replace(day=1).isoformat()))
    end = date.fromisoformat(request.GET.get("to", date.today().isoformat()))
    rows = sales_breakdown(params, start, end)
    total = sum(r["revenue_pence"] for r in rows)
    return {"rows": rows, "total_pence": total, "from": start, "to": end}
