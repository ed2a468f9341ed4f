"""Heat schedule listings for the MC desk and the printed programme."""

from __future__ import annotations

import csv
import io
import sqlite3

from flask import Flask, Response, current_app, jsonify, request

app = Flask(__name__)
app.config.setdefault("SCHEDULE_DB", "/var/lib/ballroom/schedule.sqlite3")

BASE_QUERY = (
    "SELECT h.heat_no, h.round, h.dance, h.floor, h.starts_at, COUNT(e.couple_id) AS couples "
    "FROM heats h LEFT JOIN heat_entries e ON e.heat_id = h.id "
    "WHERE h.session_id = ? "
    "GROUP BY h.id "
)


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return "ORDER BY {} {}".format(sort, direction)


def fetch_heats(session_id: int, sort: str = "h.starts_at", direction: str = "asc") -> list[dict]:
    sql = BASE_QUERY + _order_clause(sort, direction)
    conn = sqlite3.connect(current_app.config["SCHEDULE_DB"])
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, (session_id,)).fetchall()]
    finally:
        conn.close()


@app.get("/sessions/<int:session_id>/heats")
def list_heats(session_id: int):
    heats = fetch_heats(
        session_id,
        sort=request.args.get("sort", "h.starts_at"),
        direction=request.args.get("dir", "asc"),
    )
    return jsonify(heats=heats)


@app.get("/sessions/<int:session_id>/heats.csv")
def export_heats(session_id: int):
    heats = fetch_heats(session_id, sort=request.args.get("sort", "h.starts_at"))
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=["heat_no", "round", "dance", "floor", "starts_at", "couples"]
    )
    writer.writeheader()
    writer.writerows(heats)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=session-{session_id}-heats.csv"},
    )
