"""Search endpoint for the casks-for-sale catalogue.

Prospective buyers filter the available casks by spirit, fill year and
cask type. Data comes from the read replica, a SQLite snapshot refreshed
nightly from the warehouse system.
"""
import sqlite3

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("catalogue", __name__)

COLUMNS = "cask_number, spirit, fill_year, cask_type, bulk_litres, abv, price_gbp"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["CATALOGUE_SNAPSHOT"])
    conn.row_factory = sqlite3.Row
    return conn


def _where_clause(filters: dict) -> tuple[str, list]:
    clauses, params = ["available = 1"], []
    if filters.get("fill_year"):
        clauses.append("fill_year = ?")
        params.append(int(filters["fill_year"]))
    if filters.get("cask_type"):
        clauses.append(f"cask_type = '{filters['cask_type']}'")
    if filters.get("spirit"):
        clauses.append("spirit = ?")
        params.append(filters["spirit"])
    return " AND ".join(clauses), params


@bp.get("/catalogue/casks")
def search_casks():
    where, params = _where_clause(request.args)
    query = f"SELECT {COLUMNS} FROM casks WHERE {where} ORDER BY fill_year"
    with _connect() as conn:
        rows = conn.execute(query, params).fetchall()
    return jsonify([dict(r) for r in rows])
