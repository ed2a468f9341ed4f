"""Login endpoint for the large-format plotter console.

Print-room operators sign in to release queued map prints.  Every attempt
is written to the audit log with the operator name and source address.
"""
from __future__ import annotations

import logging
import os

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError
from flask import Flask, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PLOTTER_CONSOLE_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Strict",
)

audit = logging.getLogger("plotter.audit")
engine = create_engine(os.environ["PLOTTER_DATABASE_URL"], pool_pre_ping=True)
hasher = PasswordHasher()


def _operator_hash(username: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT password_hash FROM plotter_operators WHERE username = :u AND active"),
            {"u": username},
        ).scalar_one_or_none()


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", "")).strip()
    password = str(body.get("password", ""))
    stored = _operator_hash(username) if username else None

    ok = False
    if stored is not None:
        try:
            ok = hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError):
            ok = False

    audit.info(
        "plotter login %s for operator=%s from=%s",
        "succeeded" if ok else "failed",
        username or "<blank>",
        request.remote_addr,
    )
    if not ok:
        return jsonify({"error": "invalid credentials"}), 401
    session.clear()
    session["operator"] = username
    return jsonify({"operator": username})
