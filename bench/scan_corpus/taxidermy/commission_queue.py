"""Bench queue: which commissions are waiting for which stage of work.

The workshop screen lets technicians sort the queue by due date, intake
date, species or customer, and filter by stage (fleshing, tanning,
mounting, finishing).
"""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("BENCH")

SORT_COLUMNS = {
    "due": "c.due_on",
    "intake": "s.received_on",
    "species": "s.species_common",
    "customer": "cu.last_name",
}
STAGES = ("fleshing", "tanning", "mounting", "finishing")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def queue_query(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["due"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT c.id, s.tag_number, s.species_common, c.mount_style, c.stage, c.due_on, "
        "cu.last_name FROM commissions c "
        "JOIN specimens s ON s.id = c.specimen_id "
        "JOIN customers cu ON cu.id = c.customer_id "
        "WHERE c.stage = ? AND c.assigned_to IS ? "
        f"ORDER BY {column} {direction}, c.id LIMIT ?"
    )


@app.get("/bench/queue")
def bench_queue():
    stage = request.args.get("stage", "fleshing")
    if stage not in STAGES:
        return jsonify(error="unknown stage"), 400
    assignee = request.args.get("assignee") or None
    limit = min(int(request.args.get("limit", 100)), 500)
    sql = queue_query(request.args.get("sort", "due"), request.args.get("desc") == "1")

    with closing(get_db().cursor()) as cur:
        cur.execute(sql, (stage, assignee, limit))
        rows = cur.fetchall()
    return jsonify(
        queue=[
            {
                "commission": r["id"],
                "tag": r["tag_number"],
                "species": r["species_common"],
                "style": r["mount_style"],
                "stage": r["stage"],
                "due": r["due_on"],
                "customer": r["last_name"],
            }
            for r in rows
        ]
    )
