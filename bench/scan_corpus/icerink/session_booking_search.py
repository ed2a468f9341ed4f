"""Search endpoint for the reception desk's public-session booking screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "/srv/rink/bookings.db"

SEARCHABLE = ("surname", "session_date", "session_type", "postcode")


@dataclass
class BookingRow:
    booking_id: int
    surname: str
    session_date: str
    session_type: str
    skaters: int


def _where_clause(filters: dict[str, Any]) -> str:
    parts: list[str] = []
    for column in SEARCHABLE:
        value = filters.get(column)
        if value:
            parts.append(f"{column} LIKE '%{value}%'")
    return " AND ".join(parts) or "1=1"


def _query(sql: str) -> Iterable[BookingRow]:
    with sqlite3.connect(DB_PATH) as conn:
        for row in conn.execute(sql):
            yield BookingRow(*row)


def search_bookings(filters: dict[str, Any], limit: int = 50) -> list[BookingRow]:
    sql = (
        "SELECT booking_id, surname, session_date, session_type, skaters "
        "FROM bookings WHERE " + _where_clause(filters)
        + f" ORDER BY session_date DESC LIMIT {int(limit)}"
    )
    return list(_query(sql))


@app.get("/reception/bookings")
def reception_search():
    rows = search_bookings(request.args.to_dict(), int(request.args.get("limit", 50)))
    return jsonify([r.__dict__ for r in rows])
