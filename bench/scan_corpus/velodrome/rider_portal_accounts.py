"""Rider self-service portal: account registration and sign-in for track session bookings."""
import hashlib
import os
import sqlite3
from dataclasses import dataclass

from flask import Flask, g, jsonify, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True

DB_PATH = os.environ.get("PORTAL_DB", "/var/lib/velodrome/portal.db")


@dataclass
class RiderAccount:
    rider_id: int
    email: str
    full_name: str


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


def hash_password(password: str, salt: bytes) -> str:
    digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}${digest}"


def check_password(password: str, stored: str) -> bool:
    import hmac

    salt_hex, _ = stored.split("$", 1)
    candidate = hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate, stored)


@app.post("/riders/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    full_name = body["full_name"].strip()
    password = body["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    stored = hash_password(password, os.urandom(16))
    db = get_db()
    try:
        cur = db.execute(
            "INSERT INTO riders (email, full_name, password_hash) VALUES (?, ?, ?)",
            (email, full_name, stored),
        )
        db.commit()
    except sqlite3.IntegrityError:
        return jsonify(error="email already registered"), 409
    account = RiderAccount(cur.lastrowid, email, full_name)
    return jsonify(rider_id=account.rider_id, email=account.email), 201


@app.post("/riders/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    row = get_db().execute(
        "SELECT id, password_hash FROM riders WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not check_password(body.get("password", ""), row["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["rider_id"] = row["id"]
    return jsonify(ok=True)
