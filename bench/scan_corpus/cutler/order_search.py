"""Back-office search over custom blade orders (customer name, steel, handle material)."""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, g, render_template, request
from flask_login import login_required

bp = Blueprint("order_search", __name__, url_prefix="/backoffice/orders")

PAGE_SIZE = 50


@dataclass
class OrderRow:
    id: int
    customer_name: str
    blade_style: str
    steel: str
    status: str


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["ORDERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def search_orders(term: str, status: Optional[str], page: int = 0) -> List[OrderRow]:
    sql = (
        "SELECT id, customer_name, blade_style, steel, status FROM orders "
        f"WHERE (customer_name LIKE '%{term}%' OR steel LIKE '%{term}%')"
    )
    params: list = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY created_at DESC LIMIT ? OFFSET ?"
    params += [PAGE_SIZE, page * PAGE_SIZE]
    rows = get_db().execute(sql, params).fetchall()
    return [OrderRow(**dict(r)) for r in rows]


@bp.get("/search")
@login_required
def search_view():
    term = request.args.get("q", "").strip()
    status = request.args.get("status") or None
    page = max(int(request.args.get("page", 0) or 0), 0)
    results = search_orders(term, status, page) if term else []
    return render_template("backoffice/order_search.html", results=results, q=term, page=page)
