"""Search screen for the sales office's cask order book.

Lets sales staff filter open cask orders by customer, cask type and status,
and sort the result grid by whichever column header they click.
"""
import sqlite3
from dataclasses import dataclass, field

from flask import Flask, g, jsonify, request

app = Flask(__name__)
ORDER_DB = "/srv/cooperage/orders.db"


@dataclass
class OrderFilter:
    customer: str | None = None
    cask_type: str | None = None
    status: str | None = None
    sort_by: str = "due_date"
    direction: str = "ASC"
    params: list = field(default_factory=list)


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(ORDER_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


def _where_clause(flt: OrderFilter) -> str:
    parts = []
    if flt.customer:
        parts.append("c.name LIKE ?")
        flt.params.append(f"%{flt.customer}%")
    if flt.cask_type:
        parts.append("o.cask_type = ?")
        flt.params.append(flt.cask_type)
    if flt.status:
        parts.append("o.status = ?")
        flt.params.append(flt.status)
    return ("WHERE " + " AND ".join(parts)) if parts else ""


def build_query(flt: OrderFilter) -> str:
    direction = "DESC" if flt.direction.upper() == "DESC" else "ASC"
    return (
        "SELECT o.id, c.name AS customer, o.cask_type, o.volume_litres, o.status, o.due_date "
        "FROM cask_orders o JOIN customers c ON c.id = o.customer_id "
        f"{_where_clause(flt)} ORDER BY {flt.sort_by} {direction} LIMIT 200"
    )


@app.get("/orders/search")
def search_orders():
    flt = OrderFilter(
        customer=request.args.get("customer"),
        cask_type=request.args.get("cask_type"),
        status=request.args.get("status"),
        sort_by=request.args.get("sort", "due_date"),
        direction=request.args.get("dir", "ASC"),
    )
    sql = build_query(flt)
    rows = _db().execute(sql, flt.params).fetchall()
    return jsonify([dict(r) for r in rows])
