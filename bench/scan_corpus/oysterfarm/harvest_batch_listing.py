"""Paged, sortable list of harvest batches for the traceability screen."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("batch_listing", __name__, url_prefix="/office/batch-list")

SORT_COLUMNS = {
    "harvested": "harvested_on",
    "batch": "batch_no",
    "area": "harvest_area",
    "dozens": "dozens",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 50


def build_listing_sql(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key)
    order = DIRECTIONS.get(direction)
    if column is None or order is None:
        raise KeyError("unsupported sort")
    return (
        "SELECT batch_no, harvest_area, lease_bed, harvested_on, dozens, status "
        "FROM harvest_batches WHERE status = :status "
        f"ORDER BY {column} {order}, batch_no LIMIT :limit OFFSET :offset"
    )


def list_batches(status: str, sort_key: str, direction: str, page: int) -> list[dict]:
    sql = build_listing_sql(sort_key, direction)
    params = {"status": status, "limit": PAGE_SIZE, "offset": max(page - 1, 0) * PAGE_SIZE}
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(sql), params).mappings()]


@bp.get("/")
def listing():
    status = request.args.get("status", "shipped")
    sort_key = request.args.get("sort", "harvested")
    direction = request.args.get("dir", "desc")
    page = request.args.get("page", 1, type=int)
    try:
        rows = list_batches(status, sort_key, direction, page)
    except KeyError:
        abort(400, "sort must be one of: " + ", ".join(sorted(SORT_COLUMNS)))
    for row in rows:
        row["harvested_on"] = row["harvested_on"].isoformat()
    return jsonify({"page": page, "batches": rows})
