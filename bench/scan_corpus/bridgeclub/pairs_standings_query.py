"""Standings table for pairs events, sortable from the results page."""
from __future__ import annotations

import sqlite3
from typing import List, Mapping

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("standings", __name__)

SORT_COLUMNS: Mapping[str, str] = {
    "rank": "s.percentage DESC, s.pair_number",
    "pair": "s.pair_number",
    "name": "p1.last_name, p2.last_name",
    "matchpoints": "s.matchpoints DESC",
    "percentage": "s.percentage DESC",
}
DIRECTIONS = {"NS", "EW"}


def standings(conn: sqlite3.Connection, event_id: int, sort: str, direction: str) -> List[dict]:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["rank"])
    sql = (
        "SELECT s.pair_number, s.direction, p1.first_name || ' ' || p1.last_name AS player1,"
        " p2.first_name || ' ' || p2.last_name AS player2, s.matchpoints, s.percentage"
        " FROM pair_standings s"
        " JOIN members p1 ON p1.id = s.player1_id"
        " JOIN members p2 ON p2.id = s.player2_id"
        " WHERE s.event_id = ? AND (? = '' OR s.direction = ?)"
        f" ORDER BY {order_by}"
    )
    conn.row_factory = sqlite3.Row
    rows = conn.execute(sql, (event_id, direction, direction)).fetchall()
    return [dict(row) for row in rows]


@bp.get("/events/<int:event_id>/standings")
def event_standings(event_id: int):
    sort = request.args.get("sort", "rank")
    direction = request.args.get("direction", "").upper()
    if direction and direction not in DIRECTIONS:
        abort(400, "direction must be NS or EW")
    event = g.db.execute("SELECT published FROM events WHERE id = ?", (event_id,)).fetchone()
    if event is None or not event[0]:
        abort(404)
    return jsonify(
        {
            "event_id": event_id,
            "sort": sort if sort in SORT_COLUMNS else "rank",
            "rows": standings(g.db, event_id, sort, direction),
        }
    )
