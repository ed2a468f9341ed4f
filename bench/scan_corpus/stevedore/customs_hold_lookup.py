"""Customs hold lookup for the terminal's customer service desk.

Agents search holds placed by the customs authority by bill of lading
or container number to tell consignees why a box cannot be collected.
"""
import sqlite3

from flask import Blueprint, jsonify, request

from terminal_ops.config import settings

bp = Blueprint("customs_holds", __name__, url_prefix="/holds")

SEARCH_FIELDS = ("bl_number", "container_no")


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.CUSTOMS_MIRROR_DB)
    conn.row_factory = sqlite3.Row
    return conn


def _criteria_from(args) -> list[str]:
    parts = []
    for field in SEARCH_FIELDS:
        value = args.get(field)
        if value:
            parts.append("%s = '%s'" % (field, value.strip().upper()))
    return parts


def find_holds(criteria: list[str], active_only: bool) -> list[dict]:
    sql = "SELECT hold_id, bl_number, container_no, hold_code, placed_at, released_at FROM holds"
    if active_only:
        criteria = criteria + ["released_at IS NULL"]
    if criteria:
        sql += " WHERE " + " AND ".join(criteria)
    with _connect() as conn:
        rows = conn.execute(sql + " ORDER BY placed_at DESC").fetchall()
    return [dict(r) for r in rows]


@bp.get("/search")
def search_holds():
    criteria = _criteria_from(request.args)
    if not criteria:
        return jsonify({"error": "bl_number or container_no required"}), 400
    holds = find_holds(criteria, request.args.get("active") == "1")
    return jsonify({"holds": holds})
