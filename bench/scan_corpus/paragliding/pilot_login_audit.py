"""Login endpoint for the pilot logbook app, with an audit trail of sign-in attempts."""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
audit = logging.getLogger("auth.audit")
engine = create_engine(os.environ["LOGBOOK_DATABASE_URL"], pool_pre_ping=True)
hasher = PasswordHasher()


def _lookup(username: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT id, password_hash FROM pilots WHERE username = :u AND active"),
            {"u": username},
        ).first()


def _issue_token(pilot_id: int) -> str:
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO api_tokens (pilot_id, token_sha256, created_at)"
                 " VALUES (:p, :t, :c)"),
            {"p": pilot_id, "t": hashlib.sha256(token.encode()).hexdigest(),
             "c": datetime.now(timezone.utc)},
        )
    return token


@app.post("/api/login")
def login():
    body = request.get_json(force=True)
    username = str(body.get("username", "")).strip().lower()
    password = str(body.get("password", ""))
    row = _lookup(username)
    try:
        if row is None:
            raise VerifyMismatchError()
        hasher.verify(row.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        audit.warning("failed login for user=%s from ip=%s", username, request.remote_addr)
        return jsonify({"error": "invalid credentials"}), 401
    token = _issue_token(row.id)
    audit.info("login ok user=%s pilot_id=%s ip=%s", username, row.id, request.remote_addr)
    return jsonify({"token": token})
