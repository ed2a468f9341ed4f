"""Timber stock lookups for the workshop: soundboard spruce, maple, cherry and walnut billets."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("timber", __name__, url_prefix="/timber")

SEASONED_MONTHS = 24


@dataclass
class TimberBoard:
    board_id: int
    species: str
    grade: str
    thickness_mm: float
    moisture_pct: float
    rack: str


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(Path(current_app.instance_path) / "timber.sqlite3")
    conn.row_factory = sqlite3.Row
    return conn


def _to_board(row: sqlite3.Row) -> TimberBoard:
    return TimberBoard(
        board_id=row["board_id"],
        species=row["species"],
        grade=row["grade"],
        thickness_mm=row["thickness_mm"],
        moisture_pct=row["moisture_pct"],
        rack=row["rack"],
    )


@bp.get("/boards")
def list_boards():
    species = request.args.get("species", "spruce")
    min_thickness = float(request.args.get("min_thickness", "0"))
    query = (
        "SELECT board_id, species, grade, thickness_mm, moisture_pct, rack "
        f"FROM timber_boards WHERE species = '{species}' AND thickness_mm >= ? "
        "AND consumed = 0 ORDER BY grade, thickness_mm"
    )
    with _db() as conn:
        rows = conn.execute(query, (min_thickness,)).fetchall()
    return jsonify([_to_board(r).__dict__ for r in rows])


@bp.get("/boards/<int:board_id>")
def board_detail(board_id: int):
    with _db() as conn:
        row = conn.execute(
            "SELECT board_id, species, grade, thickness_mm, moisture_pct, rack "
            "FROM timber_boards WHERE board_id = ?",
            (board_id,),
        ).fetchone()
    if row is None:
        return jsonify({"error": "no such board"}), 404
    return jsonify(_to_board(row).__dict__)


@bp.post("/boards/<int:board_id>/consume")
def consume_board(board_id: int):
    commission = request.get_json(force=True).get("commission_id")
    with _db() as conn:
        cur = conn.execute(
            "UPDATE timber_boards SET consumed = 1, commission_id = ? "
            "WHERE board_id = ? AND consumed = 0",
            (commission, board_id),
        )
    if cur.rowcount == 0:
        return jsonify({"error": "board unavailable"}), 409
    return jsonify({"status": "consumed"})
