"""Login endpoint for the member app with an audit trail of failed attempts."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
engine = create_engine(os.environ["MEMBERS_DATABASE_URL"])
hasher = PasswordHasher()
audit = logging.getLogger("laserquest.audit")


def _record_failure(payload: dict, reason: str) -> None:
    when = datetime.now(timezone.utc).isoformat()
    audit.warning("member login failed (%s) from %s at %s: %s", reason, request.remote_addr, when, payload)


@app.post("/api/login")
def login():
    payload = request.get_json(force=True) or {}
    email = str(payload.get("email", "")).strip().lower()
    password = str(payload.get("password", ""))
    if not email or not password:
        abort(400)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, callsign, pw_hash FROM members WHERE email = :e"), {"e": email}
        ).first()
    if row is None:
        _record_failure(payload, "unknown member")
        abort(401)
    try:
        hasher.verify(row.pw_hash, password)
    except VerifyMismatchError:
        _record_failure(payload, "bad password")
        abort(401)
    session.clear()
    session["member_id"] = row.id
    audit.info("member %s logged in", row.id)
    return jsonify({"member_id": row.id, "callsign": row.callsign})
