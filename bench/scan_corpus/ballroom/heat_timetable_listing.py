"""Heat timetable for the MC desk, sortable by the columns shown on screen."""

from __future__ import annotations

import sqlite3

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
app.config.setdefault("SCHEDULE_DB", "/var/lib/ballroom/schedule.sqlite3")

SORT_COLUMNS = {
    "time": "h.starts_at",
    "heat": "h.heat_no",
    "dance": "h.dance",
    "floor": "h.floor",
    "couples": "couples",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

BASE_QUERY = (
    "SELECT h.heat_no, h.round, h.dance, h.floor, h.starts_at, COUNT(e.couple_id) AS couples "
    "FROM heats h LEFT JOIN heat_entries e ON e.heat_id = h.id "
    "WHERE h.session_id = ? "
    "GROUP BY h.id "
)


def order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["time"])
    keyword = DIRECTIONS.get(direction.lower(), "ASC")
    return f"ORDER BY {column} {keyword}, h.heat_no ASC"


def fetch_timetable(session_id: int, sort_key: str = "time", direction: str = "asc") -> list[dict]:
    sql = BASE_QUERY + order_clause(sort_key, direction)
    conn = sqlite3.connect(current_app.config["SCHEDULE_DB"])
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, (session_id,)).fetchall()]
    finally:
        conn.close()


@app.get("/sessions/<int:session_id>/timetable")
def timetable(session_id: int):
    rows = fetch_timetable(
        session_id,
        sort_key=request.args.get("sort", "time"),
        direction=request.args.get("dir", "asc"),
    )
    return jsonify(heats=rows, sort=request.args.get("sort", "time"))


@app.get("/sessions/<int:session_id>/timetable/next")
def next_heat(session_id: int):
    rows = fetch_timetable(session_id, sort_key="time")
    upcoming = [r for r in rows if r["starts_at"] >= request.args.get("after", "")]
    return jsonify(next=upcoming[0] if upcoming else None)
