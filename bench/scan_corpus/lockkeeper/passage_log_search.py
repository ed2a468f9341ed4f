"""Search screen for the lock keepers' boat passage log."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, render_template, request

bp = Blueprint("passage_search", __name__)

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "passage_db" not in g:
        g.passage_db = sqlite3.connect(current_app.config["PASSAGE_LOG_DB"])
        g.passage_db.row_factory = sqlite3.Row
    return g.passage_db


def _page(raw: str | None) -> int:
    try:
        return max(int(raw or 1), 1)
    except ValueError:
        return 1


@bp.get("/passages/search")
def search_passages():
    boat = request.args.get("boat", "").strip()
    lock_id = request.args.get("lock", "").strip()
    page = _page(request.args.get("page"))
    db = get_db()

    if not boat:
        return render_template("passages/search.html", rows=[], boat=boat, page=page)

    sql = (
        "SELECT boat_name, licence_no, lock_id, direction, passed_at "
        f"FROM passages WHERE boat_name LIKE '%{boat}%'"
    )
    params: list[object] = []
    if lock_id:
        sql += " AND lock_id = ?"
        params.append(lock_id)
    sql += " ORDER BY passed_at DESC LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])

    rows = db.execute(sql, params).fetchall()
    return render_template(
        "passages/search.html", rows=rows, boat=boat, lock=lock_id, page=page
    )


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("passage_db", None)
    if db is not None:
        db.close()
