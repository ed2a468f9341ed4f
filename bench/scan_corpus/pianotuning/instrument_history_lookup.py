"""Lookup of instruments and their service history for the office front desk."""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env()


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["HISTORY_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@app.get("/instruments/lookup")
def lookup_instruments():
    term = request.args.get("q", "").strip()
    if not term:
        return jsonify(results=[])
    pattern = _like_pattern(term)
    with closing(get_db().cursor()) as cur:
        cur.execute(
            "SELECT i.id, i.maker, i.model, i.serial_number, c.name AS owner "
            "FROM instruments i JOIN customers c ON c.id = i.customer_id "
            "WHERE i.maker LIKE ? ESCAPE '\\' OR i.serial_number LIKE ? ESCAPE '\\' "
            "ORDER BY i.maker, i.model LIMIT 50",
            (pattern, pattern),
        )
        rows = [dict(r) for r in cur.fetchall()]
    return jsonify(results=rows)


@app.get("/customers/<int:customer_id>/instruments")
def customer_instruments(customer_id: int):
    with closing(get_db().cursor()) as cur:
        cur.execute(
            "SELECT id, maker, model, serial_number, year_built FROM instruments "
            "WHERE customer_id = ? ORDER BY maker",
            (customer_id,),
        )
        rows = [dict(r) for r in cur.fetchall()]
    return jsonify(customer_id=customer_id, instruments=rows)
