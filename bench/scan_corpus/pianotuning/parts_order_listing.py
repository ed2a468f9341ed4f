"""Listing of parts orders for the workshop manager, with user-selectable sorting."""
import os
from datetime import date

import psycopg
from fastapi import FastAPI, Query
from psycopg.rows import dict_row

app = FastAPI(title="Workshop parts orders")

SORT_COLUMNS = {
    "ordered": "o.ordered_on",
    "supplier": "s.name",
    "part": "o.part_number",
    "status": "o.status",
    "value": "o.quantity * o.unit_price",
}


def _order_clause(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["ordered"])
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction}"


@app.get("/parts-orders")
def list_parts_orders(
    supplier: str | None = None,
    since: date | None = None,
    sort: str = Query("ordered"),
    desc: bool = True,
    limit: int = Query(100, le=500),
):
    where, params = [], []
    if supplier:
        where.append("s.name = %s")
        params.append(supplier)
    if since:
        where.append("o.ordered_on >= %s")
        params.append(since)
    sql = (
        "SELECT o.id, o.ordered_on, s.name AS supplier, o.part_number, "
        "o.description, o.quantity, o.unit_price, o.status "
        "FROM parts_orders o JOIN suppliers s ON s.id = o.supplier_id "
        + ("WHERE " + " AND ".join(where) + " " if where else "")
        + _order_clause(sort, desc)
        + " LIMIT %s"
    )
    params.append(limit)
    with psycopg.connect(os.environ["WORKSHOP_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    return {"count": len(rows), "orders": rows}
