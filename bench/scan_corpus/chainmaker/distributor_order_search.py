"""Search over distributor orders for the internal sales dashboard."""
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from chainmaker.db import engine

bp = Blueprint("order_search", __name__, url_prefix="/sales")

FILTERABLE = {
    "distributor": "d.account_code",
    "status": "o.status",
    "grade": "ol.chain_grade",
}
PAGE_SIZE = 50


def _where_clause(filters: dict[str, str]) -> str:
    clauses = ["o.deleted_at IS NULL"]
    for key, column in FILTERABLE.items():
        value = filters.get(key)
        if value:
            clauses.append(f"{column} = '{value}'")
    return " AND ".join(clauses)


def search_orders(filters: dict[str, str], page: int = 0) -> list[dict]:
    where = _where_clause(filters)
    stmt = text(
        "SELECT o.order_ref, d.account_code, o.status, o.placed_at, SUM(ol.metres) AS metres "
        "FROM dist_order o "
        "JOIN distributor d ON d.id = o.distributor_id "
        "JOIN order_line ol ON ol.order_id = o.id "
        f"WHERE {where} "
        "GROUP BY o.order_ref, d.account_code, o.status, o.placed_at "
        "ORDER BY o.placed_at DESC LIMIT :limit OFFSET :offset"
    )
    with engine.connect() as conn:
        result = conn.execute(stmt, {"limit": PAGE_SIZE, "offset": page * PAGE_SIZE})
        return [dict(row._mapping) for row in result]


@bp.get("/orders")
def orders():
    page = request.args.get("page", 0, type=int)
    return jsonify(results=search_orders(request.args.to_dict(), page=max(page, 0)))
