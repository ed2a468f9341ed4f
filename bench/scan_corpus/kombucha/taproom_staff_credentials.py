"""Staff credentials for the taproom point-of-sale tablets.

Bartenders sign in before pouring flights or ringing up growler fills.
Passwords are hashed with Argon2id; the parameters live in one settings
object shared by the POS and the back-office admin.
"""
import os
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Flask, abort, g, jsonify, request, session


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


def build_hasher(cfg: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cfg.time_cost, memory_cost=cfg.memory_cost_kib, parallelism=cfg.parallelism
    )


hasher = build_hasher()
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


def register_staff(name: str, role: str, password: str) -> None:
    db = get_db()
    db.execute(
        "INSERT INTO staff (name, role, password_hash) VALUES (?, ?, ?)",
        (name, role, hasher.hash(password)),
    )
    db.commit()


@app.post("/staff/login")
def staff_login():
    body = request.get_json(silent=True) or {}
    row = get_db().execute(
        "SELECT id, role, password_hash FROM staff WHERE name = ? AND active = 1",
        (body.get("name", ""),),
    ).fetchone()
    if row is None:
        abort(401)
    try:
        hasher.verify(row["password_hash"], body.get("password", ""))
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    if hasher.check_needs_rehash(row["password_hash"]):
        db = get_db()
        db.execute("UPDATE staff SET password_hash = ? WHERE id = ?",
                   (hasher.hash(body["password"]), row["id"]))
        db.commit()
    session.clear()
    session["staff_id"] = row["id"]
    session["role"] = row["role"]
    return jsonify({"ok": True, "role": row["role"]})
