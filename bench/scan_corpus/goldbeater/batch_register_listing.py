"""Listing of beating batches for the workshop register screen."""
import sqlite3

from flask import Blueprint, g, request

from goldbeater.settings import WORKSHOP_DB_PATH

bp = Blueprint("batch_register", __name__, url_prefix="/workshop/batches")

SORTABLE = {
    "started": "started_at",
    "code": "batch_code",
    "karat": "karat",
    "yield": "yield_percent",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_db() -> sqlite3.Connection:
    if "workshop_db" not in g:
        g.workshop_db = sqlite3.connect(WORKSHOP_DB_PATH)
        g.workshop_db.row_factory = sqlite3.Row
    return g.workshop_db


def list_batches(stage: str, sort_key: str, direction: str) -> list[dict]:
    column = SORTABLE.get(sort_key, "started_at")
    order = DIRECTIONS.get(direction.lower(), "DESC")
    sql = (
        "SELECT batch_code, karat, stage, started_at, yield_percent FROM batches "
        f"WHERE stage = ? ORDER BY {column} {order} LIMIT 200"
    )
    return [dict(r) for r in get_db().execute(sql, (stage,)).fetchall()]


@bp.get("")
def register():
    return {
        "batches": list_batches(
            stage=request.args.get("stage", "beating"),
            sort_key=request.args.get("sort", "started"),
            direction=request.args.get("dir", "desc"),
        )
    }
