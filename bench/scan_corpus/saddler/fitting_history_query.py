"""Fitting history for a horse, shown in the fitter's tablet app.

Fitters review previous wither tracings, tree widths and flocking
adjustments before a check-fit, sorted however they find useful.
"""
import sqlite3
from enum import Enum

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("fitting_history", __name__)


class SortField(str, Enum):
    date = "f.fitted_on"
    tree_width = "f.tree_width_cm"
    fitter = "u.surname"
    saddle = "f.saddle_model"


SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort: str, direction: str) -> str:
    try:
        column = SortField[sort].value
    except KeyError:
        abort(400, description="unknown sort field")
    return f"ORDER BY {column} {SORT_DIRECTIONS.get(direction, 'DESC')}"


def history_for_horse(conn: sqlite3.Connection, horse_id: int, sort: str, direction: str):
    sql = f"""
        SELECT f.id, f.fitted_on, f.saddle_model, f.tree_width_cm,
               f.flocking_notes, u.surname AS fitter
          FROM fittings f
          JOIN users u ON u.id = f.fitter_id
         WHERE f.horse_id = ?
         {_order_clause(sort, direction)}
    """
    return conn.execute(sql, (horse_id,)).fetchall()


@bp.get("/horses/<int:horse_id>/fittings")
def fittings(horse_id: int):
    conn = sqlite3.connect(current_app.config["WORKSHOP_DB"])
    conn.row_factory = sqlite3.Row
    try:
        rows = history_for_horse(
            conn,
            horse_id,
            request.args.get("sort", "date"),
            request.args.get("dir", "desc").lower(),
        )
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])
