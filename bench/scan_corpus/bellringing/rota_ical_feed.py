"""Per-ringer iCalendar feeds of upcoming service-ringing rota slots.

Calendar apps cannot send headers, so each feed URL carries a long random
feed token that the ringer can regenerate from their account page.
"""
from __future__ import annotations

import secrets
import sqlite3
from datetime import date, datetime, timedelta

from flask import Flask, Response, abort, g
from icalendar import Calendar, Event

app = Flask(__name__)
app.config["ROTA_DB"] = "rota.sqlite3"


class FeedTokenBook:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def rotate(self, ringer_id: int) -> str:
        token = secrets.token_urlsafe(32)
        self._conn.execute(
            "UPDATE ringers SET feed_token = ? WHERE ringer_id = ?", (token, ringer_id)
        )
        self._conn.commit()
        return token

    def matches(self, ringer_id: int, token: str) -> bool:
        row = self._conn.execute(
            "SELECT feed_token FROM ringers WHERE ringer_id = ?", (ringer_id,)
        ).fetchone()
        return row is not None and row[0] is not None and row[0] == token


def db() -> sqlite3.Connection:
    if "conn" not in g:
        g.conn = sqlite3.connect(app.config["ROTA_DB"])
    return g.conn


def build_calendar(ringer_id: int) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Guild Rota//EN")
    cal.add("version", "2.0")
    rows = db().execute(
        "SELECT s.slot_id, s.tower, s.service, s.starts_at FROM rota_slots s "
        "JOIN rota_assignments a ON a.slot_id = s.slot_id "
        "WHERE a.ringer_id = ? AND s.starts_at >= ? ORDER BY s.starts_at",
        (ringer_id, date.today().isoformat()),
    ).fetchall()
    for slot_id, tower, service, starts_at in rows:
        start = datetime.fromisoformat(starts_at)
        ev = Event()
        ev.add("uid", f"rota-{slot_id}@guild")
        ev.add("summary", f"Ringing: {service} at {tower}")
        ev.add("dtstart", start)
        ev.add("dtend", start + timedelta(minutes=45))
        cal.add_component(ev)
    return cal


@app.get("/rota/<int:ringer_id>/<token>.ics")
def rota_feed(ringer_id: int, token: str):
    if not FeedTokenBook(db()).matches(ringer_id, token):
        abort(404)
    return Response(build_calendar(ringer_id).to_ical(), mimetype="text/calendar")
