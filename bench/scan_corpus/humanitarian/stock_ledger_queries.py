"""Read queries for the supply warehouse stock ledger.

Used by the warehouse API (stock on hand, movement history) and by the
monthly donor in-kind report.
"""
from collections.abc import Sequence
from datetime import date

import psycopg2.extras

SORTABLE = {
    "item": "i.item_code",
    "quantity": "s.quantity",
    "expiry": "s.expiry_date",
}


def stock_on_hand(conn, warehouse_ids: Sequence[int], sort: str = "item") -> list[dict]:
    if not warehouse_ids:
        return []
    order_col = SORTABLE.get(sort, SORTABLE["item"])
    placeholders = ", ".join(["%s"] * len(warehouse_ids))
    sql = (
        "SELECT s.warehouse_id, i.item_code, i.description, s.batch_no, s.quantity, s.expiry_date "
        "FROM stock_levels s JOIN items i ON i.id = s.item_id "
        f"WHERE s.warehouse_id IN ({placeholders}) AND s.quantity > 0 "
        f"ORDER BY {order_col}"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, list(warehouse_ids))
        return cur.fetchall()


def movements(conn, item_code: str, since: date, until: date | None = None) -> list[dict]:
    clauses = ["i.item_code = %(item)s", "m.moved_at >= %(since)s"]
    params = {"item": item_code, "since": since}
    if until is not None:
        clauses.append("m.moved_at < %(until)s")
        params["until"] = until
    sql = (
        "SELECT m.moved_at, m.kind, m.quantity, m.reference, w.name AS warehouse "
        "FROM stock_movements m JOIN items i ON i.id = m.item_id "
        "JOIN warehouses w ON w.id = m.warehouse_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY m.moved_at"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return cur.fetchall()
