"""Search endpoint for past and planned vessel movements.

Dispatchers look up movements by vessel name, IMO number or date range
when preparing the pilot roster and when agents query an invoice.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from flask import Flask, jsonify, request

app = Flask(__name__)

SORTABLE = {"eta": "m.eta", "vessel": "v.name", "draft": "m.max_draft"}


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["PILOTAGE_DB_DSN"])


def _name_filter(vessel_name: str) -> str:
    return f"v.name ILIKE '%{vessel_name}%'"


def search_movements(vessel_name: str, start: date, end: date, sort: str) -> list[dict]:
    order_by = SORTABLE.get(sort, "m.eta")
    sql = (
        "SELECT m.id, v.name, v.imo, m.direction, m.eta, m.max_draft, m.berth "
        "FROM movements m JOIN vessels v ON v.id = m.vessel_id "
        f"WHERE {_name_filter(vessel_name)} AND m.eta BETWEEN %s AND %s "
        f"ORDER BY {order_by} LIMIT 200"
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, (start, end))
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@app.get("/api/movements")
def movements():
    vessel = request.args.get("vessel", "")
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        return jsonify({"error": "from and to must be ISO dates"}), 400
    rows = search_movements(vessel, start, end, request.args.get("sort", "eta"))
    for row in rows:
        row["eta"] = row["eta"].isoformat()
    return jsonify(rows)
