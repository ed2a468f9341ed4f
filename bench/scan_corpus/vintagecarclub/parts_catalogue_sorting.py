"""Browse endpoint for the parts marketplace with user-selectable sorting."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("parts_catalogue", __name__, url_prefix="/parts")

SORT_COLUMNS = {
    "newest": "listed_at DESC",
    "oldest": "listed_at ASC",
    "price_low": "price ASC",
    "price_high": "price DESC",
    "year": "fits_year_from ASC",
}
DEFAULT_SORT = "newest"
PAGE_SIZE = 40

_engine = None


def engine():
    global _engine
    if _engine is None:
        _engine = create_engine(current_app.config["SQLALCHEMY_DATABASE_URI"])
    return _engine


@bp.get("/")
def browse():
    order_by = SORT_COLUMNS.get(request.args.get("sort", DEFAULT_SORT), SORT_COLUMNS[DEFAULT_SORT])
    marque = request.args.get("marque")
    try:
        page = max(1, int(request.args.get("page", 1)))
    except ValueError:
        page = 1

    where = ["status = 'active'"]
    params: dict[str, object] = {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    if marque:
        where.append("marque = :marque")
        params["marque"] = marque

    sql = text(
        f"SELECT id, title, marque, price, region FROM part_listings"
        f" WHERE {' AND '.join(where)} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    )
    with engine().connect() as conn:
        rows = conn.execute(sql, params).mappings().all()
    return jsonify(page=page, sort=order_by, items=[dict(r) for r in rows])
