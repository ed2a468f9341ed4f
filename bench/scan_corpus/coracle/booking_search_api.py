"""Hire desk booking search.

The hire desk screen lists today's and upcoming bookings with filters for
craft type and date, and lets staff sort the list by clicking column
headings.
"""

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("CORACLE")

DEFAULT_SORT = "slot_start"
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("BOOKINGS_DB", "bookings.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


def _sort_clause(args) -> str:
    column = args.get("sort", DEFAULT_SORT)
    direction = "DESC" if args.get("dir") == "desc" else "ASC"
    return f"ORDER BY {column} {direction}"


def find_bookings(craft: str | None, on_or_after: date, order_by: str, page: int) -> list[dict]:
    sql = (
        "SELECT ref, customer_name, craft_type, slot_start, paddlers, status "
        "FROM bookings WHERE slot_start >= ?"
    )
    params: list = [on_or_after.isoformat()]
    if craft:
        sql += " AND craft_type = ?"
        params.append(craft)
    sql += f" {order_by} LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, page * PAGE_SIZE])
    return [dict(r) for r in get_db().execute(sql, params).fetchall()]


@app.get("/desk/bookings")
def list_bookings():
    start = date.fromisoformat(request.args.get("from", date.today().isoformat()))
    page = max(int(request.args.get("page", 0)), 0)
    rows = find_bookings(request.args.get("craft"), start, _sort_clause(request.args), page)
    return jsonify(rows)


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
