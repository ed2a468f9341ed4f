"""Order history listing for trade portal customers with user-selectable sorting."""
from flask import Blueprint, render_template, request
from flask_login import current_user, login_required
from sqlalchemy import text

from ropewalker.extensions import db

bp = Blueprint("order_history", __name__, url_prefix="/portal/orders")

SORTABLE_COLUMNS = {
    "placed": "o.placed_at",
    "reference": "o.reference",
    "total": "o.net_total",
    "status": "o.status",
}

HISTORY_SQL = """
SELECT o.reference, o.placed_at, o.status, o.net_total, o.currency
FROM orders o
WHERE o.customer_id = :customer_id
ORDER BY {column} {direction}
LIMIT :limit OFFSET :offset
"""


def _sort_clause(sort_key: str | None, direction: str | None) -> tuple[str, str]:
    column = SORTABLE_COLUMNS.get(sort_key or "", SORTABLE_COLUMNS["placed"])
    return column, "ASC" if direction == "asc" else "DESC"


def fetch_orders(customer_id: int, sort_key: str | None, direction: str | None, page: int):
    column, order = _sort_clause(sort_key, direction)
    statement = text(HISTORY_SQL.format(column=column, direction=order))
    params = {"customer_id": customer_id, "limit": 25, "offset": max(page - 1, 0) * 25}
    return db.session.execute(statement, params).mappings().all()


@bp.get("/")
@login_required
def history():
    page = request.args.get("page", 1, type=int)
    rows = fetch_orders(
        current_user.customer_id,
        request.args.get("sort"),
        request.args.get("dir"),
        page,
    )
    return render_template("portal/order_history.html", orders=rows, page=page)
