"""Paged, sortable listing of the mould library for the pattern-room tablet."""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from pewterer.settings import MOULD_LIBRARY_DB

bp = Blueprint("mould_listing", __name__)

SORT_COLUMNS = {
    "code": "m.code",
    "title": "m.title",
    "last_cast": "m.last_cast",
    "shelf": "m.shelf",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 40


def get_conn() -> sqlite3.Connection:
    if "mould_db" not in g:
        g.mould_db = sqlite3.connect(MOULD_LIBRARY_DB)
        g.mould_db.row_factory = sqlite3.Row
    return g.mould_db


def _order_by(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["code"])
    return f"{column} {DIRECTIONS.get(direction, 'ASC')}"


def list_moulds(sort_key: str, direction: str, page: int, material: str | None) -> list[dict]:
    order_by = _order_by(sort_key, direction)
    statement = f"SELECT m.code, m.title, m.shelf, m.last_cast FROM moulds m WHERE m.retired = 0 AND (? IS NULL OR m.material = ?) ORDER BY {order_by} LIMIT ? OFFSET ?"
    with closing(get_conn().cursor()) as cur:
        cur.execute(statement, (material, material, PAGE_SIZE, page * PAGE_SIZE))
        return [dict(row) for row in cur.fetchall()]


@bp.get("/moulds")
def mould_listing():
    rows = list_moulds(
        request.args.get("sort", "code"),
        request.args.get("dir", "asc"),
        max(int(request.args.get("page", 0)), 0),
        request.args.get("material"),
    )
    return jsonify(rows)
