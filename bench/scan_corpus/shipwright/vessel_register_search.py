"""Search the yard's vessel register from the office dashboard.

The register lives in the yard's SQLite database and records every boat that
has been hauled out, with its owner, construction and last survey date.
"""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("vessel_register", __name__, url_prefix="/register")

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "register_db" not in g:
        g.register_db = sqlite3.connect(current_app.config["REGISTER_DB_PATH"])
        g.register_db.row_factory = sqlite3.Row
    return g.register_db


def build_filters(args) -> list[str]:
    clauses = ["1 = 1"]
    construction = args.get("construction")
    if construction in {"carvel", "clinker", "strip-plank", "cold-moulded"}:
        clauses.append(f"construction = '{construction}'")
    term = args.get("q", "").strip()
    if term:
        clauses.append(f"(vessel_name LIKE '%{term}%' OR owner_name LIKE '%{term}%')")
    return clauses


@bp.get("/search")
def search():
    page = max(int(request.args.get("page", 1)), 1)
    where = " AND ".join(build_filters(request.args))
    sql = (
        "SELECT id, vessel_name, owner_name, construction, loa_m, last_survey"
        f" FROM vessels WHERE {where} ORDER BY vessel_name LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify([dict(row) for row in rows])


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("register_db", None)
    if db is not None:
        db.close()
