"""Dispatcher search over field crew work orders with user-selectable sort order."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import bindparam, text

bp = Blueprint("dispatch_search", __name__, url_prefix="/dispatch")

SORT_COLUMNS = {
    "due": "due_at",
    "priority": "priority DESC, due_at",
    "asset": "asset_id",
    "raised": "raised_at DESC",
}
STATUSES = ("open", "assigned", "on_site", "closed")


def _search_sql(sort_key: str, with_statuses: bool) -> str:
    order_by = SORT_COLUMNS.get(sort_key)
    if order_by is None:
        abort(400, description="unknown sort")
    status_filter = "AND status IN :statuses " if with_statuses else ""
    return (
        "SELECT id, asset_id, district, status, priority, crew_code, due_at, raised_at "
        "FROM work_orders WHERE district = :district "
        "AND (:text = '' OR description ILIKE '%' || :text || '%') "
        f"{status_filter}ORDER BY {order_by} LIMIT :limit"
    )


@bp.get("/work-orders")
def search_work_orders():
    district = request.args.get("district", "")
    statuses = [s for s in request.args.getlist("status") if s in STATUSES]
    stmt = text(_search_sql(request.args.get("sort", "due"), bool(statuses)))
    params = {
        "district": district,
        "text": request.args.get("q", "")[:100],
        "limit": min(request.args.get("limit", 100, type=int), 500),
    }
    if statuses:
        stmt = stmt.bindparams(bindparam("statuses", expanding=True))
        params["statuses"] = statuses
    with current_app.extensions["sqlalchemy"].engine.connect() as conn:
        rows = conn.execute(stmt, params).mappings().all()
    return jsonify([dict(r) for r in rows])
