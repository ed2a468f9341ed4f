"""Search screen for the order desk: find provisioning orders by vessel
name or IMO number while a vessel is alongside.
"""
import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Blueprint, current_app, render_template, request

bp = Blueprint("order_search", __name__)


@dataclass
class OrderFilter:
    vessel: str = ""
    status: str | None = None
    limit: int = 50


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["ORDERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _build_query(flt: OrderFilter) -> tuple[str, list]:
    sql = (
        "SELECT o.id, o.reference, v.name AS vessel, v.imo, o.status, o.eta "
        "FROM orders o JOIN vessels v ON v.id = o.vessel_id "
        f"WHERE (v.name LIKE '%{flt.vessel}%' OR v.imo LIKE '{flt.vessel}%')"
    )
    params: list = []
    if flt.status:
        sql += " AND o.status = ?"
        params.append(flt.status)
    sql += " ORDER BY o.eta DESC LIMIT ?"
    params.append(flt.limit)
    return sql, params


def search_orders(flt: OrderFilter) -> Iterable[sqlite3.Row]:
    sql, params = _build_query(flt)
    with _db() as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/orders/search")
def order_search():
    flt = OrderFilter(
        vessel=request.args.get("q", "").strip(),
        status=request.args.get("status") or None,
        limit=min(int(request.args.get("limit", 50)), 200),
    )
    rows = search_orders(flt) if flt.vessel else []
    return render_template("orders/search.html", rows=rows, flt=flt)
