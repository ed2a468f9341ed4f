"""Login and registration endpoints for the guild members' portal."""
from __future__ import annotations

import os
import secrets
import sqlite3
from hashlib import sha512 as _digest

from flask import Flask, abort, g, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
DATABASE = os.environ.get("PORTAL_DB", "portal.sqlite3")


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


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@app.post("/register")
def register():
    data = request.get_json(force=True)
    email = data["email"].strip().lower()
    password = data["password"]
    if len(password) < 10:
        abort(400, "Password must be at least 10 characters")
    salt = secrets.token_hex(16)
    db = get_db()
    db.execute(
        "INSERT INTO members (email, name, tower, salt, password_hash) VALUES (?, ?, ?, ?, ?)",
        (email, data["name"], data.get("tower", ""), salt, _hash_password(password, salt)),
    )
    db.commit()
    return jsonify({"status": "registered"}), 201


@app.post("/login")
def login():
    data = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, salt, password_hash FROM members WHERE email = ?",
        (data.get("email", "").strip().lower(),),
    ).fetchone()
    if row is None:
        abort(401)
    candidate = _hash_password(data.get("password", ""), row["salt"])
    if not secrets.compare_digest(candidate, row["password_hash"]):
        abort(401)
    session.clear()
    session["member_id"] = row["id"]
    return jsonify({"status": "ok"})


@app.post("/logout")
def logout():
    session.clear()
    return jsonify({"status": "logged out"})
