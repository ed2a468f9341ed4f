"""Sortable timber stock listing for the seasoning-shed tablet.

The foreman sorts the list by moisture, by age or by bay when choosing blanks
for a job. Column names cannot be bound as parameters, so the sort key picked
on the tablet is mapped to a column through a fixed table.
"""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("timber_sort", __name__)

SORT_COLUMNS = {
    "moisture": "last_moisture_pct",
    "felled": "felled_on",
    "species": "species",
    "bay": "bay",
    "length": "length_mm",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_listing_sql(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "last_moisture_pct")
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT lot_code, species, section_mm, length_mm, last_moisture_pct, felled_on, bay "
        "FROM timber_lots WHERE (:species IS NULL OR species = :species) "
        f"AND last_moisture_pct <= :max_moisture ORDER BY {column} {order}, lot_code"
    )


@bp.get("/api/timber")
def timber_listing():
    sql = build_listing_sql(request.args.get("sort", "moisture"), request.args.get("dir", "asc"))
    try:
        max_moisture = float(request.args.get("max_moisture", "100"))
    except ValueError:
        return jsonify(error="max_moisture must be a number"), 400
    params = {"species": request.args.get("species") or None, "max_moisture": max_moisture}
    engine = current_app.extensions["workshop_engine"]
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return jsonify(
        lots=[
            {
                "lot": r["lot_code"],
                "species": r["species"],
                "section_mm": r["section_mm"],
                "length_mm": r["length_mm"],
                "moisture": float(r["last_moisture_pct"]),
                "felled": r["felled_on"].isoformat() if r["felled_on"] else None,
                "bay": r["bay"],
            }
            for r in rows
        ]
    )
