"""Nets booking with emailed cancellation links that work without signing in."""
from __future__ import annotations

import random
import sqlite3
import string
from datetime import date, datetime, time, timedelta

from flask import Flask, abort, current_app, g, jsonify, request, url_for
from flask_mail import Mail, Message

app = Flask(__name__)
app.config.from_envvar("CLUB_NETS_SETTINGS")
mail = Mail(app)

LANES = (1, 2, 3, 4)
SLOT_LENGTH = timedelta(minutes=45)
CANCEL_ALPHABET = string.ascii_letters + string.digits


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["NETS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def make_cancel_token(length: int = 24) -> str:
    return "".join(random.choices(CANCEL_ALPHABET, k=length))


def send_confirmation(email: str, lane: int, starts_at: datetime, token: str) -> None:
    link = url_for("cancel_booking", token=token, _external=True)
    body = (
        f"Lane {lane} is booked for {starts_at:%A %d %B at %H:%M}.\n"
        f"Can't make it? Cancel here so someone else can use the lane: {link}"
    )
    mail.send(Message("Nets booking confirmed", recipients=[email], body=body))


@app.post("/nets/bookings")
def create_booking():
    payload = request.get_json(force=True)
    lane = int(payload["lane"])
    if lane not in LANES:
        abort(400, "No such lane")
    day = date.fromisoformat(payload["date"])
    starts_at = datetime.combine(day, time.fromisoformat(payload["start"]))

    db = get_db()
    clash = db.execute(
        "SELECT 1 FROM nets_bookings WHERE lane = ? AND starts_at = ? AND cancelled = 0",
        (lane, starts_at.isoformat()),
    ).fetchone()
    if clash:
        abort(409, "That lane is already booked")

    token = make_cancel_token()
    db.execute(
        "INSERT INTO nets_bookings (lane, starts_at, ends_at, member_email, cancel_token, cancelled) "
        "VALUES (?, ?, ?, ?, ?, 0)",
        (lane, starts_at.isoformat(), (starts_at + SLOT_LENGTH).isoformat(),
         payload["email"], token),
    )
    db.commit()
    send_confirmation(payload["email"], lane, starts_at, token)
    return jsonify(status="booked", lane=lane, starts_at=starts_at.isoformat()), 201


@app.get("/nets/cancel/<token>")
def cancel_booking(token: str):
    db = get_db()
    cur = db.execute(
        "UPDATE nets_bookings SET cancelled = 1 WHERE cancel_token = ? AND cancelled = 0",
        (token,),
    )
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return jsonify(status="cancelled")
