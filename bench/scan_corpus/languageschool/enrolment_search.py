"""Course search used by the enrolment desk and the public timetable.

Visitors filter the timetable by language, level and campus; the desk
staff use the same endpoint with extra filters for seat availability.
"""
from __future__ import annotations

from typing import Dict, List, Tuple

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from school.db import engine

bp = Blueprint("enrolment_search", __name__)

SORT_COLUMNS = {"start": "c.starts_on", "price": "c.fee_cents", "level": "c.cefr_level"}


def _filters(args: Dict[str, str]) -> Tuple[List[str], Dict[str, object]]:
    clauses = ["c.is_published = TRUE"]
    params: Dict[str, object] = {}
    if args.get("language"):
        clauses.append("c.language_code = :language")
        params["language"] = args["language"]
    if args.get("level"):
        clauses.append("c.cefr_level = :level")
        params["level"] = args["level"]
    if args.get("campus"):
        clauses.append(f"cp.slug IN ({args['campus']})")
    return clauses, params


def _order_by(args: Dict[str, str]) -> str:
    column = SORT_COLUMNS.get(args.get("sort", "start"), "c.starts_on")
    direction = "DESC" if args.get("dir") == "desc" else "ASC"
    return f"ORDER BY {column} {direction}"


@bp.get("/api/courses")
def search_courses():
    clauses, params = _filters(request.args)
    sql = (
        "SELECT c.id, c.title, c.language_code, c.cefr_level, c.starts_on, "
        "c.fee_cents, c.seats_total - c.seats_taken AS seats_left, cp.name AS campus "
        "FROM courses c JOIN campuses cp ON cp.id = c.campus_id "
        f"WHERE {' AND '.join(clauses)} {_order_by(request.args)} LIMIT 200"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return jsonify([dict(row) for row in rows])
