"""Office search over commissions: customer, vehicle type, stage of build."""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("CARTWRIGHT")

STAGES = ("quoted", "timber-selected", "wheels", "body", "ironing", "paint", "delivered")


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("DB_PATH", "commissions.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def _close(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def find_commissions(term: str, stage: str | None) -> list[dict]:
    sql = (
        "SELECT c.ref, c.vehicle_type, c.stage, cu.name AS customer "
        "FROM commissions c JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE (cu.name LIKE '%{term}%' OR c.vehicle_type LIKE '%{term}%')"
    )
    params: list = []
    if stage in STAGES:
        sql += " AND c.stage = ?"
        params.append(stage)
    sql += " ORDER BY c.created_at DESC LIMIT 50"
    with closing(db().cursor()) as cur:
        cur.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]


@app.get("/office/commissions")
def search():
    term = request.args.get("q", "").strip()
    stage = request.args.get("stage")
    if len(term) < 2:
        return jsonify(results=[], hint="type at least two characters")
    return jsonify(results=find_commissions(term, stage))
