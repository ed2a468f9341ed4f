"""Session handling for the online fitting-appointment booking flow."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


class BookingCookieSettings:
    name = "bb_booking"
    max_age = int(timedelta(hours=8).total_seconds())
    samesite = "Lax"
    httponly = False
    secure = False

    @classmethod
    def kwargs(cls) -> dict[str, Any]:
        return {"max_age": cls.max_age, "samesite": cls.samesite, "httponly": cls.httponly, "secure": cls.secure}


class SessionTable:
    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {}

    def open(self, email: str) -> str:
        sid = secrets.token_hex(32)
        self._rows[sid] = {"email": email, "created": datetime.now(timezone.utc), "slot": None}
        return sid

    def get(self, sid: str | None) -> dict[str, Any] | None:
        return self._rows.get(sid) if sid else None


sessions = SessionTable()


@app.post("/booking/start")
def start_booking():
    email = request.json["email"].strip().lower()
    sid = sessions.open(email)
    resp = make_response(jsonify({"status": "started"}))
    resp.set_cookie(BookingCookieSettings.name, sid, **BookingCookieSettings.kwargs())
    return resp


@app.post("/booking/slot")
def choose_slot():
    row = sessions.get(request.cookies.get(BookingCookieSettings.name))
    if row is None:
        return jsonify({"error": "session expired"}), 401
    row["slot"] = request.json["slot_id"]
    return jsonify({"email": row["email"], "slot": row["slot"]})
