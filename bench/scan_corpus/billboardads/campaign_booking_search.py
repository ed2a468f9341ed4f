"""Search view over campaign bookings for the sales team.

Sales reps filter bookings by market, status and flight dates to see
which billboard faces are still available for a pitch.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from flask import Flask, current_app, jsonify, request

app = Flask(__name__)


@dataclass
class BookingFilters:
    market: str | None = None
    status: str | None = None
    start: date | None = None
    end: date | None = None

    @classmethod
    def from_args(cls, args) -> "BookingFilters":
        return cls(
            market=args.get("market") or None,
            status=args.get("status") or None,
            start=date.fromisoformat(args["start"]) if args.get("start") else None,
            end=date.fromisoformat(args["end"]) if args.get("end") else None,
        )


def _where_clause(filters: BookingFilters) -> tuple[str, dict]:
    parts = ["b.cancelled_at IS NULL"]
    params: dict = {}
    if filters.market:
        parts.append(f"s.market_code = '{filters.market}'")
    if filters.status:
        parts.append("b.status = %(status)s")
        params["status"] = filters.status
    if filters.start:
        parts.append("b.flight_end >= %(start)s")
        params["start"] = filters.start
    if filters.end:
        parts.append("b.flight_start <= %(end)s")
        params["end"] = filters.end
    return " AND ".join(parts), params


@app.get("/bookings/search")
def search_bookings():
    filters = BookingFilters.from_args(request.args)
    where, params = _where_clause(filters)
    sql = (
        "SELECT b.id, b.campaign_name, s.site_code, s.market_code, b.flight_start, "
        "b.flight_end, b.status FROM bookings b JOIN sites s ON s.id = b.site_id "
        "WHERE " + where + " ORDER BY b.flight_start LIMIT 500"
    )
    with psycopg.connect(current_app.config["BOOKINGS_DSN"]) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(
        [
            {
                "id": r[0],
                "campaign": r[1],
                "site": r[2],
                "market": r[3],
                "flight_start": r[4].isoformat(),
                "flight_end": r[5].isoformat(),
                "status": r[6],
            }
            for r in rows
        ]
    )
