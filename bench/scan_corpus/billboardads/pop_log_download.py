"""Download of raw proof-of-play log files for a screen.

Players upload one CSV per day; the files are kept on the reporting host
as <player_id>/<YYYY-MM-DD>.csv.  Advertisers with a booking on the screen
can download the days covered by their flight.
"""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, g, request, send_from_directory
from sqlalchemy import create_engine, text

app = Flask(__name__)

POP_ROOT = os.environ.get("POP_LOG_ROOT", "/srv/pop-logs")
engine = create_engine(os.environ["REPORTING_DATABASE_URL"], pool_pre_ping=True)


@app.before_request
def authenticate() -> None:
    advertiser = request.headers.get("X-Authenticated-Advertiser")
    if not advertiser:
        abort(401)
    g.advertiser_id = int(advertiser)


def _player_for_booking(booking_id: int, advertiser_id: int, day: date) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT p.player_id FROM bookings b "
                "JOIN campaigns c ON c.id = b.campaign_id "
                "JOIN site_players p ON p.site_id = b.site_id "
                "WHERE b.id = :bid AND c.advertiser_id = :aid "
                "AND :day BETWEEN b.flight_start AND b.flight_end"
            ),
            {"bid": booking_id, "aid": advertiser_id, "day": day},
        ).first()
    return row[0] if row else None


@app.get("/bookings/<int:booking_id>/pop-logs/<day>")
def download_log(booking_id: int, day: str):
    try:
        log_day = date.fromisoformat(day)
    except ValueError:
        abort(400)
    player_id = _player_for_booking(booking_id, g.advertiser_id, log_day)
    if player_id is None:
        abort(404)
    filename = f"{log_day.isoformat()}.csv"
    return send_from_directory(
        os.path.join(POP_ROOT, player_id), filename, as_attachment=True, mimetype="text/csv"
    )
