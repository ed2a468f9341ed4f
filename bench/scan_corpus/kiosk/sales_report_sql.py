"""Daily kiosk sales breakdown for the franchisee portal.

The portal lets the user group by a few dimensions; the grouping column is
picked from a fixed mapping, every value goes through query parameters.
"""
from __future__ import annotations

import datetime as dt

import psycopg2.extras

GROUP_COLUMNS = {
    "daypart": "o.daypart",
    "kiosk": "o.kiosk_id",
    "category": "i.menu_category",
    "payment": "o.payment_method",
}

_REPORT_TEMPLATE = """
SELECT {group_col} AS bucket,
       count(DISTINCT o.order_id) AS orders,
       sum(i.qty * i.unit_price_cents) / 100.0 AS revenue
FROM kiosk_orders o
JOIN kiosk_order_items i ON i.order_id = o.order_id
WHERE o.store_id = %(store_id)s
  AND o.placed_at >= %(start)s AND o.placed_at < %(end)s
GROUP BY 1
ORDER BY revenue DESC
"""


def build_report_query(group_by: str) -> str:
    try:
        column = GROUP_COLUMNS[group_by]
    except KeyError:
        raise ValueError(f"unsupported grouping: {group_by}") from None
    return _REPORT_TEMPLATE.format(group_col=column)


def sales_breakdown(conn, store_id: str, day: dt.date, group_by: str = "daypart") -> list[dict]:
    params = {"store_id": store_id, "start": day, "end": day + dt.timedelta(days=1)}
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(build_report_query(group_by), params)
        return [dict(r) for r in cur.fetchall()]
