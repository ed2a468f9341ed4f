"""Search screen for hide batches moving through the beamhouse and tan pits.

Foremen filter batches by current stage (soak, lime, delime, bate, pickle,
tan, sammying) and sort them by days in stage or by weight to decide which
pits to draw next.
"""
import sqlite3

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("batch_search", __name__)

STAGES = ("soak", "lime", "delime", "bate", "pickle", "tan", "sammy")
DEFAULT_SORT = "days_in_stage"


def _connect():
    conn = sqlite3.connect(current_app.config["BATCH_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _search_sql(sort_key: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT batch_no, pit_no, stage, hide_count, weight_kg, "
        "julianday('now') - julianday(stage_entered) AS days_in_stage "
        "FROM batches WHERE stage = ? AND closed = 0 "
        f"ORDER BY {sort_key} {direction}"
    )


def find_batches(stage: str, sort_key: str, descending: bool) -> list[dict]:
    with _connect() as conn:
        rows = conn.execute(_search_sql(sort_key, descending), (stage,)).fetchall()
    return [dict(r) for r in rows]


@bp.get("/batches")
def batches():
    stage = request.args.get("stage", "lime")
    if stage not in STAGES:
        return jsonify({"error": "unknown stage"}), 400
    sort_key = request.args.get("sort", DEFAULT_SORT)
    descending = request.args.get("order", "desc") == "desc"
    return jsonify(find_batches(stage, sort_key, descending))
