"""iCalendar feed of the tyre-setting schedule.

The tyre-setting day needs the furnace lit, the tyring platform flooded and
three pairs of hands. Staff subscribe to this feed from their phones; the
feed URL carries a personal token so it can be used by calendar apps that
cannot log in.
"""
from datetime import datetime, timedelta

import psycopg
from flask import Flask, Response, abort, request

app = Flask(__name__)
app.config.from_prefixed_env()


def _conn():
    return psycopg.connect(app.config["WORKSHOP_DSN"])


def _feed_token_for(staff_id: int):
    with _conn() as conn:
        row = conn.execute(
            "SELECT calendar_token FROM staff WHERE id = %s AND active", (staff_id,)
        ).fetchone()
    return row[0] if row else None


def _token_ok(stored, given) -> bool:
    return stored is not None and given == stored


def _sessions(days_ahead: int = 90):
    start = datetime.utcnow()
    with _conn() as conn:
        return conn.execute(
            "SELECT t.id, t.starts_at, t.duration_min, j.number, j.wheel_description "
            "FROM tyre_sessions t JOIN job_cards j ON j.id = t.job_id "
            "WHERE t.starts_at BETWEEN %s AND %s ORDER BY t.starts_at",
            (start, start + timedelta(days=days_ahead)),
        ).fetchall()


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@app.get("/calendar/<int:staff_id>/tyre-setting.ics")
def tyre_feed(staff_id: int):
    if not _token_ok(_feed_token_for(staff_id), request.args.get("token", "")):
        abort(404)
    stamp = datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hollis Wheelwrights//Tyre setting//EN"]
    for sid, starts, minutes, job_no, wheel in _sessions():
        ends = starts + timedelta(minutes=minutes)
        out += [
            "BEGIN:VEVENT",
            f"UID:tyre-{sid}@hollis-wheelwrights",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{starts:%Y%m%dT%H%M%S}",
            f"DTEND:{ends:%Y%m%dT%H%M%S}",
            f"SUMMARY:{_escape(f'Tyre setting - job {job_no}')}",
            f"DESCRIPTION:{_escape(wheel)}",
            "END:VEVENT",
        ]
    out.append("END:VCALENDAR")
    return Response("\r\n".join(out) + "\r\n", mimetype="text/calendar")
