"""Search page over the service history of customers' instruments."""
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


@app.get("/instruments/search")
def search_instruments():
    term = request.args.get("q", "").strip()
    if not term:
        return jsonify(results=[])
    sql = (
        "SELECT i.id, i.maker, i.model, i.serial_number, c.name AS owner "
        "FROM instruments i JOIN customers c ON c.id = i.customer_id "
        f"WHERE i.maker LIKE '%{term}%' OR i.serial_number LIKE '%{term}%' "
        "ORDER BY i.maker, i.model LIMIT 50"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(sql)
        rows = [dict(r) for r in cur.fetchall()]
    return jsonify(results=rows)


@app.get("/instruments/<int:instrument_id>/history")
def instrument_history(instrument_id: int):
    with closing(get_db().cursor()) as cur:
        cur.execute(
            "SELECT visited_on, technician, work_done, pitch_before_hz, pitch_after_hz "
            "FROM service_entries WHERE instrument_id = ? ORDER BY visited_on DESC",
            (instrument_id,),
        )
        entries = [dict(r) for r in cur.fetchall()]
    return jsonify(instrument_id=instrument_id, entries=entries)
