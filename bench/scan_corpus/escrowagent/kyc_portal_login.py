"""Login for the KYC review portal used by compliance officers."""
from __future__ import annotations

import hmac
import os
import secrets
import sqlite3
from functools import wraps
from hashlib import sha256 as _digest

from flask import Flask, abort, g, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["KYC_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
DATABASE = os.environ.get("KYC_PORTAL_DB", "kyc_portal.sqlite3")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def hash_officer_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def create_officer(username: str, password: str) -> None:
    salt = secrets.token_hex(16)
    db = get_db()
    db.execute(
        "INSERT INTO officers (username, salt, password_hash) VALUES (?, ?, ?)",
        (username, salt, hash_officer_password(password, salt)),
    )
    db.commit()


def officer_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "officer_id" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapped


@app.post("/login")
def login():
    payload = request.get_json(force=True)
    username = str(payload.get("username", ""))
    password = str(payload.get("password", ""))
    row = get_db().execute(
        "SELECT id, salt, password_hash FROM officers WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        abort(401)
    candidate = hash_officer_password(password, row["salt"])
    if not hmac.compare_digest(candidate, row["password_hash"]):
        abort(401)
    session.clear()
    session["officer_id"] = row["id"]
    return jsonify({"status": "ok"})


@app.get("/queue")
@officer_required
def review_queue():
    rows = get_db().execute(
        "SELECT id, party_id, document_type, submitted_at FROM kyc_documents "
        "WHERE review_state = ? ORDER BY submitted_at LIMIT 50",
        ("pending",),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/logout")
def logout():
    session.clear()
    return jsonify({"status": "bye"})
