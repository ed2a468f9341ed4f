"""History of passages for one boat, shown on the licence check screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("passage_history", __name__)

MAX_ROWS = 200


@dataclass
class Passage:
    lock_id: str
    direction: str
    passed_at: datetime
    keeper_initials: str


def get_db() -> sqlite3.Connection:
    if "passage_db" not in g:
        g.passage_db = sqlite3.connect(
            current_app.config["PASSAGE_LOG_DB"], detect_types=sqlite3.PARSE_DECLTYPES
        )
    return g.passage_db


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def passages_for_boat(db: sqlite3.Connection, boat: str, lock_id: str | None) -> list[Passage]:
    sql = (
        "SELECT lock_id, direction, passed_at, keeper_initials FROM passages "
        "WHERE boat_name LIKE ? ESCAPE '\\'"
    )
    params: list[object] = [f"%{_escape_like(boat)}%"]
    if lock_id:
        sql += " AND lock_id = ?"
        params.append(lock_id)
    sql += " ORDER BY passed_at DESC LIMIT ?"
    params.append(MAX_ROWS)
    return [Passage(*row) for row in db.execute(sql, params).fetchall()]


@bp.get("/boats/history")
def boat_history():
    boat = request.args.get("boat", "").strip()
    if len(boat) < 2:
        return jsonify(error="enter at least two characters"), 400
    rows = passages_for_boat(get_db(), boat, request.args.get("lock") or None)
    return jsonify(
        boat=boat,
        passages=[
            {
                "lock": p.lock_id,
                "direction": p.direction,
                "at": p.passed_at.isoformat() if isinstance(p.passed_at, datetime) else p.passed_at,
                "keeper": p.keeper_initials,
            }
            for p in rows
        ],
    )


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("passage_db", None)
    if db is not None:
        db.close()
