"""Search screen for repair orders in the front office.

Staff search open repair orders by vessel name, gear type and status from
the office PC. The workshop database is a single SQLite file on the office
server.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, jsonify, request

from netmaker.settings import WORKSHOP_DB_PATH

bp = Blueprint("repair_search", __name__, url_prefix="/office/repairs")

BASE_QUERY = (
    "SELECT o.id, v.name, o.gear_type, o.status, o.received_on, o.due_on "
    "FROM repair_orders o JOIN vessels v ON v.id = o.vessel_id"
)


def _conditions(filters: dict) -> list:
    clauses = []
    if filters.get("vessel"):
        clauses.append(f"v.name LIKE '%{filters['vessel']}%'")
    if filters.get("gear"):
        clauses.append("o.gear_type = :gear")
    if filters.get("status"):
        clauses.append("o.status = :status")
    return clauses


def search_orders(filters: dict, limit: int = 100) -> list:
    clauses = _conditions(filters)
    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY o.due_on LIMIT :limit"
    params = {"gear": filters.get("gear"), "status": filters.get("status"), "limit": limit}
    with closing(sqlite3.connect(WORKSHOP_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params).fetchall()]


@bp.get("/search")
def search():
    filters = {
        "vessel": request.args.get("vessel", "").strip(),
        "gear": request.args.get("gear"),
        "status": request.args.get("status"),
    }
    return jsonify(results=search_orders(filters))
