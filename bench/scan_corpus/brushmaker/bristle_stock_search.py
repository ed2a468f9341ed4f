"""Stock search over bristle and filament bales for the purchasing desk."""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

from brushworks.settings import STOCK_DB_PATH

app = Flask(__name__)

FIBRES = ("nylon", "pbt", "hog", "horsehair", "tampico", "bassine", "union")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(STOCK_DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def build_search(fibre: str, min_length: int) -> str:
    return (
        "SELECT bale_id, fibre, colour, length_mm, weight_kg, location "
        "FROM bales WHERE fibre LIKE '%{}%' AND length_mm >= {} AND weight_kg > 0 "
        "ORDER BY received_on"
    ).format(fibre, min_length)


@app.get("/stock/bales")
def search_bales():
    fibre = request.args.get("fibre", "").strip().lower()
    min_length = request.args.get("min_length", 0, type=int)
    with closing(get_db().cursor()) as cur:
        cur.execute(build_search(fibre, min_length))
        rows = [dict(r) for r in cur.fetchall()]
    total_kg = round(sum(r["weight_kg"] for r in rows), 2)
    return jsonify({"bales": rows, "total_kg": total_kg})


@app.get("/stock/fibres")
def list_fibres():
    with closing(get_db().cursor()) as cur:
        cur.execute("SELECT fibre, SUM(weight_kg) AS kg FROM bales GROUP BY fibre")
        totals = {r["fibre"]: r["kg"] for r in cur.fetchall()}
    return jsonify({f: totals.get(f, 0) for f in FIBRES})
