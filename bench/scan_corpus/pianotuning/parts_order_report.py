"""Report of parts orders (strings, hammers, felts, pins) placed with suppliers."""
import os
from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, Query

app = FastAPI(title="Workshop parts orders")

DEFAULT_SORT = "ordered_on"


def _order_clause(sort: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {sort} {direction}"


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["WORKSHOP_DSN"], row_factory=dict_row)


@app.get("/parts-orders")
def list_parts_orders(
    supplier: str | None = None,
    since: date | None = None,
    sort: str = Query(DEFAULT_SORT),
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
    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return {"count": len(rows), "orders": rows}


@app.get("/parts-orders/totals")
def totals_by_supplier(year: int = Query(..., ge=2000, le=2100)):
    with _connect() as conn:
        rows = conn.execute(
            "SELECT s.name AS supplier, SUM(o.quantity * o.unit_price) AS total "
            "FROM parts_orders o JOIN suppliers s ON s.id = o.supplier_id "
            "WHERE EXTRACT(YEAR FROM o.ordered_on) = %s GROUP BY s.name ORDER BY total DESC",
            (year,),
        ).fetchall()
    return {"year": year, "totals": rows}
