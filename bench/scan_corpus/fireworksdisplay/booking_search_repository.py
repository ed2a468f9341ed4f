"""Search over client bookings for the office calendar and the sales dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("booking_search", __name__, url_prefix="/bookings")

SORT_COLUMNS = {
    "date": "show_date",
    "client": "client_name",
    "value": "quote_total",
    "venue": "venue_name",
}


@dataclass(frozen=True)
class BookingQuery:
    text: str | None
    status: str | None
    start: date | None
    end: date | None
    sort: str = "date"
    descending: bool = False

    @classmethod
    def from_args(cls, args) -> "BookingQuery":
        return cls(
            text=args.get("q") or None,
            status=args.get("status") or None,
            start=date.fromisoformat(args["from"]) if args.get("from") else None,
            end=date.fromisoformat(args["to"]) if args.get("to") else None,
            sort=args.get("sort", "date"),
            descending=args.get("dir") == "desc",
        )


def search_bookings(conn: psycopg.Connection, query: BookingQuery, limit: int = 100) -> list[dict]:
    clauses, params = [], []
    if query.text:
        clauses.append("(client_name ILIKE %s OR venue_name ILIKE %s)")
        params += [f"%{query.text}%", f"%{query.text}%"]
    if query.status:
        clauses.append("status = %s")
        params.append(query.status)
    if query.start:
        clauses.append("show_date >= %s")
        params.append(query.start)
    if query.end:
        clauses.append("show_date <= %s")
        params.append(query.end)
    where = " AND ".join(clauses) or "TRUE"
    order_column = SORT_COLUMNS.get(query.sort, "show_date")
    direction = "DESC" if query.descending else "ASC"
    sql = f"SELECT id, client_name, venue_name, show_date, status, quote_total FROM bookings WHERE {where} ORDER BY {order_column} {direction} LIMIT %s"
    params.append(limit)
    return conn.execute(sql, params).fetchall()


@bp.get("/search")
def search():
    query = BookingQuery.from_args(request.args)
    with psycopg.connect(os.environ["BOOKINGS_DATABASE_URL"], row_factory=dict_row) as conn:
        rows = search_bookings(conn, query)
    for row in rows:
        row["show_date"] = row["show_date"].isoformat()
        row["quote_total"] = str(row["quote_total"])
    return jsonify(rows)
