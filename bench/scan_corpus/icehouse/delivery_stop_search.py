"""Dispatch desk search over today's and upcoming delivery stops.

Dispatchers type part of a customer name or street into the search box to
find which round and van a stop is on when a customer phones in.
"""
import sqlite3
from contextlib import closing
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("dispatch_search", __name__, url_prefix="/dispatch")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DISPATCH_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _search_stops(db: sqlite3.Connection, term: str, from_day: str, limit: int) -> list[dict]:
    sql = (
        "SELECT s.id, s.customer_name, s.street, s.bags_cube, s.bags_block, r.van, r.round_date "
        "FROM stops s JOIN rounds r ON r.id = s.round_id "
        f"WHERE (s.customer_name LIKE '%{term}%' OR s.street LIKE '%{term}%') "
        "AND r.round_date >= ? ORDER BY r.round_date, s.seq LIMIT ?"
    )
    with closing(db.execute(sql, (from_day, limit))) as cur:
        return [dict(row) for row in cur.fetchall()]


@bp.get("/stops/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], hint="type at least two characters")
    from_day = request.args.get("from", date.today().isoformat())
    try:
        limit = min(int(request.args.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    results = _search_stops(get_db(), term, from_day, limit)
    return jsonify(results=results, count=len(results))


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
