"""Member self-service accounts for the federation web portal.

Members register with their federation membership number and choose a
password; once logged in they can view race results and pay their fees.
"""
import hashlib
import hmac
import os
import sqlite3

from flask import Flask, g, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    DATABASE=os.environ.get("PORTAL_DB", "portal.sqlite3"),
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

MIN_PASSWORD_LENGTH = 10


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def normalise_membership_no(raw: str) -> str:
    return raw.strip().upper().replace(" ", "")


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


@app.post("/register")
def register():
    data = request.get_json(force=True)
    membership_no = normalise_membership_no(data["membership_no"])
    password = data["password"]
    if len(password) < MIN_PASSWORD_LENGTH:
        return jsonify(error="password too short"), 400
    db = get_db()
    exists = db.execute(
        "SELECT 1 FROM members WHERE membership_no = ?", (membership_no,)
    ).fetchone()
    if exists:
        return jsonify(error="already registered"), 409
    salt = os.urandom(16)
    db.execute(
        "INSERT INTO members (membership_no, salt, password_hash) VALUES (?, ?, ?)",
        (membership_no, salt.hex(), hash_password(password, salt)),
    )
    db.commit()
    return jsonify(status="registered"), 201


@app.post("/login")
def login():
    data = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, salt, password_hash FROM members WHERE membership_no = ?",
        (normalise_membership_no(data["membership_no"]),),
    ).fetchone()
    if row is None:
        return jsonify(error="invalid credentials"), 401
    candidate = hash_password(data["password"], bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["member_id"] = row["id"]
    return jsonify(status="ok")


@app.post("/logout")
def logout():
    session.clear()
    return jsonify(status="logged out")
