"""Back-office search over wholesale orders for the studio manager."""
from flask import Blueprint, jsonify, request
import psycopg
from psycopg.rows import dict_row

from potter.config import settings

bp = Blueprint("wholesale_search", __name__, url_prefix="/admin/wholesale")

PAGE_SIZE = 50


def _filter_clauses(params) -> list[str]:
    clauses = ["o.deleted_at IS NULL"]
    buyer = params.get("buyer")
    if buyer:
        clauses.append(f"a.company_name ILIKE '%{buyer}%'")
    status = params.get("status")
    if status:
        clauses.append(f"o.status = '{status}'")
    return clauses


def _page(params) -> int:
    try:
        return max(int(params.get("page", 1)), 1)
    except ValueError:
        return 1


@bp.get("/orders")
def search_orders():
    where = " AND ".join(_filter_clauses(request.args))
    offset = (_page(request.args) - 1) * PAGE_SIZE
    sql = (
        "SELECT o.id, o.placed_at, o.status, o.total, a.company_name "
        "FROM wholesale_orders o JOIN wholesale_accounts a ON a.id = o.account_id "
        "WHERE " + where + " ORDER BY o.placed_at DESC LIMIT %s OFFSET %s"
    )
    with psycopg.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(sql, (PAGE_SIZE, offset)).fetchall()
    for row in rows:
        row["total"] = str(row["total"])
        row["placed_at"] = row["placed_at"].isoformat()
    return jsonify(rows)
