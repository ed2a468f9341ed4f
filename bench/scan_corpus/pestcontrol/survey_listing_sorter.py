"""Sortable listing of open site surveys for the scheduling board."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("survey_listing", __name__)

SORTABLE_COLUMNS = {
    "date": "sv.surveyed_on",
    "customer": "c.name",
    "risk": "sv.risk_score",
    "technician": "sv.technician_badge",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_clause(sort: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["date"])
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {order}, sv.id"


@bp.get("/surveys/open")
def open_surveys():
    region = request.args.get("region")
    clause = order_clause(request.args.get("sort", "date"), request.args.get("dir", "desc"))
    sql = (
        "SELECT sv.id, sv.surveyed_on, c.name AS customer, s.address, sv.risk_score,"
        " sv.technician_badge"
        " FROM site_surveys sv JOIN sites s ON s.id = sv.site_id"
        " JOIN customers c ON c.id = s.customer_id"
        " WHERE sv.status = 'open' AND (:region IS NULL OR s.region = :region) "
        + clause
        + " LIMIT 200"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"region": region}).mappings().all()
    return jsonify([
        {**dict(r), "surveyed_on": r["surveyed_on"].isoformat()} for r in rows
    ])
