"""Staff sign-in for the taproom point-of-sale tablets.

Bartenders and shift leads sign in before pouring flights or ringing up
growler fills. Credentials are kept in the local SQLite file the POS uses.
"""
import hmac
import os
import secrets
import sqlite3
from hashlib import sha256 as _digest

from flask import Flask, abort, g, jsonify, request, session

DB_PATH = os.environ.get("TAPROOM_DB", "/var/lib/taproom/pos.sqlite3")

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["TAPROOM_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Strict",
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def register_staff(name: str, role: str, password: str) -> None:
    salt = secrets.token_hex(16)
    db = get_db()
    db.execute(
        "INSERT INTO staff (name, role, salt, password_hash) VALUES (?, ?, ?, ?)",
        (name, role, salt, _hash_password(password, salt)),
    )
    db.commit()


@app.post("/staff/login")
def staff_login():
    body = request.get_json(silent=True) or {}
    name = body.get("name", "")
    password = body.get("password", "")
    row = get_db().execute(
        "SELECT id, role, salt, password_hash FROM staff WHERE name = ? AND active = 1",
        (name,),
    ).fetchone()
    if row is None:
        abort(401)
    candidate = _hash_password(password, row["salt"])
    if not hmac.compare_digest(candidate, row["password_hash"]):
        abort(401)
    session.clear()
    session["staff_id"] = row["id"]
    session["role"] = row["role"]
    return jsonify({"ok": True, "role": row["role"]})


@app.post("/staff/logout")
def staff_logout():
    session.clear()
    return jsonify({"ok": True})
