"""Search view for dam-building work orders in the operations dashboard."""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("WORKS")

PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "site": row["site_name"],
        "contractor": row["contractor"],
        "dam_type": row["dam_type"],
        "dams_planned": row["dams_planned"],
        "status": row["status"],
    }


@app.get("/api/work-orders/search")
def search_work_orders():
    term = request.args.get("q", "").strip()
    status = request.args.get("status", "open")
    page = max(int(request.args.get("page", 1)), 1)
    offset = (page - 1) * PAGE_SIZE

    query = (
        "SELECT w.id, s.name AS site_name, w.contractor, w.dam_type, w.dams_planned, w.status "
        "FROM work_orders w JOIN sites s ON s.id = w.site_id "
        f"WHERE w.status = ? AND (s.name LIKE '%{term}%' OR w.contractor LIKE '%{term}%') "
        "ORDER BY w.created_at DESC LIMIT ? OFFSET ?"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(query, (status, PAGE_SIZE, offset))
        rows = cur.fetchall()
    return jsonify({"page": page, "results": [_row_to_dict(r) for r in rows]})


@app.get("/api/work-orders/<int:order_id>")
def get_work_order(order_id: int):
    with closing(get_db().cursor()) as cur:
        cur.execute(
            "SELECT w.id, s.name AS site_name, w.contractor, w.dam_type, w.dams_planned, "
            "w.status FROM work_orders w JOIN sites s ON s.id = w.site_id WHERE w.id = ?",
            (order_id,),
        )
        row = cur.fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_dict(row))
