"""Member app login with rate limiting and a failed-attempt log for the security team."""
from __future__ import annotations

import logging
import os
import time
from collections import defaultdict, deque

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
engine = create_engine(os.environ["MEMBERS_DATABASE_URL"])
hasher = PasswordHasher()
security_log = logging.getLogger("laserquest.security")

_WINDOW_S = 300
_MAX_FAILURES = 5
_failures: dict[str, deque] = defaultdict(deque)


def _too_many_failures(email: str) -> bool:
    now = time.monotonic()
    q = _failures[email]
    while q and now - q[0] > _WINDOW_S:
        q.popleft()
    return len(q) >= _MAX_FAILURES


def _fail(email: str, reason: str):
    _failures[email].append(time.monotonic())
    security_log.warning("login failed for %s from %s: %s", email, request.remote_addr, reason)
    abort(401)


@app.post("/api/session")
def create_session():
    data = request.get_json(force=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    if _too_many_failures(email):
        abort(429)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, pw_hash FROM members WHERE email = :e"), {"e": email}
        ).first()
    if row is None:
        _fail(email, "unknown account")
    try:
        hasher.verify(row.pw_hash, password)
    except VerifyMismatchError:
        _fail(email, "wrong password")
    _failures.pop(email, None)
    session.clear()
    session["member_id"] = row.id
    return jsonify({"member_id": row.id})
