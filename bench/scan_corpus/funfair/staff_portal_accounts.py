"""Staff portal account registration and login for the season's casual crew."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["STAFF_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

DB_PATH = os.environ.get("STAFF_DB_PATH", "/var/lib/funfair/staff.db")
MIN_PASSWORD_LENGTH = 10


@dataclass
class StaffAccount:
    staff_id: int
    username: str
    salt: bytes
    password_hash: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def load_account(username: str) -> StaffAccount | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT staff_id, username, salt, password_hash "
            "FROM staff_accounts WHERE username = ?",
            (username,),
        ).fetchone()
    if row is None:
        return None
    return StaffAccount(row["staff_id"], row["username"], row["salt"], row["password_hash"])


@app.post("/staff/register")
def register():
    data = request.get_json(force=True)
    username = str(data.get("username", "")).strip().lower()
    password = str(data.get("password", ""))
    if not username or len(password) < MIN_PASSWORD_LENGTH:
        abort(400, "username and a password of at least 10 characters are required")
    if load_account(username) is not None:
        abort(409, "username already taken")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO staff_accounts (username, salt, password_hash) VALUES (?, ?, ?)",
            (username, salt, hash_password(password, salt)),
        )
    return jsonify({"username": username}), 201


@app.post("/staff/login")
def login():
    data = request.get_json(force=True)
    account = load_account(str(data.get("username", "")).strip().lower())
    if account is None:
        abort(401)
    candidate = hash_password(str(data.get("password", "")), account.salt)
    if not hmac.compare_digest(candidate, account.password_hash):
        abort(401)
    session.clear()
    session["staff_id"] = account.staff_id
    return jsonify({"ok": True, "staff_id": account.staff_id})


@app.post("/staff/logout")
def logout():
    session.clear()
    return jsonify({"ok": True})
