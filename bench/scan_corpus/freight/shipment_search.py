"""Search endpoint for the operations shipment list (filters plus sortable columns)."""

import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("shipment_search", __name__)

SORT_COLUMNS = {
    "eta": "s.eta",
    "etd": "s.etd",
    "reference": "s.reference",
    "consignee": "c.name",
}


def build_search(filters: dict, sort: str, descending: bool) -> tuple[str, list]:
    where = ["s.company_id = ?"]
    params: list = [filters["company_id"]]
    if filters.get("status"):
        where.append("s.status = ?")
        params.append(filters["status"])
    if filters.get("q"):
        where.append("(s.reference LIKE ? OR s.container_no LIKE ?)")
        params.extend([f"%{filters['q']}%"] * 2)
    order_col = SORT_COLUMNS.get(sort, "s.eta")
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT s.reference, s.container_no, s.status, s.eta, c.name "
        "FROM shipments s JOIN consignees c ON c.id = s.consignee_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order_col} {direction} LIMIT 200"
    )
    return sql, params


@bp.get("/shipments/search")
@login_required
def search():
    sql, params = build_search(
        {
            "company_id": current_user.company_id,
            "status": request.args.get("status"),
            "q": request.args.get("q", "").strip(),
        },
        sort=request.args.get("sort", "eta"),
        descending=request.args.get("dir") == "desc",
    )
    with closing(sqlite3.connect(current_app.config["OPS_DB_PATH"])) as conn:
        rows = conn.execute(sql, params).fetchall()
    keys = ("reference", "container_no", "status", "eta", "consignee")
    return jsonify([dict(zip(keys, r)) for r in rows])
