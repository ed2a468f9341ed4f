"""Search API for trade effluent discharge permits issued to industrial customers."""
import sqlite3

from flask import Flask, current_app, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env()

ALLOWED_FILTERS = ("sector", "catchment", "status")
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PERMIT_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _filter_sql(args) -> str:
    """Turn the recognised query-string filters into a WHERE fragment."""
    parts = []
    for key in ALLOWED_FILTERS:
        value = args.get(key)
        if value:
            parts.append(f"{key} = '{value}'")
    return " AND ".join(parts) or "1 = 1"


def _page(args) -> int:
    try:
        return max(int(args.get("page", 1)), 1)
    except ValueError:
        return 1


@app.get("/permits")
def search_permits():
    where = _filter_sql(request.args)
    offset = (_page(request.args) - 1) * PAGE_SIZE
    rows = get_db().execute(
        "SELECT permit_no, company, sector, catchment, status, max_cod_mg_l, expiry_date "
        f"FROM trade_effluent_permits WHERE {where} "
        "ORDER BY expiry_date LIMIT ? OFFSET ?",
        (PAGE_SIZE, offset),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/permits/<permit_no>")
def permit_detail(permit_no: str):
    row = get_db().execute(
        "SELECT * FROM trade_effluent_permits WHERE permit_no = ?", (permit_no,)
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))
