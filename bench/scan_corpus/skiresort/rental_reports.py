"""Utilisation reports for the rental shops.

The back office lets staff pick a shop, a date range and a sort column.
"""
import sqlite3
from datetime import date

SORT_COLUMNS = {
    "rentals": "rental_count DESC",
    "revenue": "revenue_cents DESC",
    "model": "model ASC",
}

_BASE_QUERY = """
    SELECT i.model, i.category,
           COUNT(r.rental_id) AS rental_count,
           COALESCE(SUM(r.price_cents), 0) AS revenue_cents
    FROM rental_items i
    LEFT JOIN rentals r ON r.item_id = i.item_id
         AND r.started_at >= ? AND r.started_at < ?
    WHERE i.shop_code = ?
    GROUP BY i.model, i.category
"""


def build_report_query(sort: str) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["rentals"])
    return f"{_BASE_QUERY} ORDER BY {order_by}"


def utilisation_report(db_path: str, shop_code: str, start: date, end: date, sort: str = "rentals") -> list[dict]:
    query = build_report_query(sort)
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(query, (start.isoformat(), end.isoformat(), shop_code)).fetchall()
    return [dict(r) for r in rows]
