"""Sign-in for yard and grooming staff on the care-records tablet app."""
from __future__ import annotations

import os

import psycopg
from flask import Flask, abort, jsonify, request, session
from passlib.context import CryptContext

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["CARE_APP_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

pwd_context = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=6,
)


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["CARE_DB_DSN"])


def create_staff_member(username: str, full_name: str, password: str) -> None:
    with _connect() as conn:
        conn.execute(
            "INSERT INTO yard_staff (username, full_name, password_hash) "
            "VALUES (%s, %s, %s)",
            (username, full_name, pwd_context.hash(password)),
        )


@app.post("/api/staff/login")
def login():
    payload = request.get_json(silent=True) or {}
    username = str(payload.get("username", "")).strip()
    password = str(payload.get("password", ""))
    if not username or not password:
        abort(400)

    with _connect() as conn:
        row = conn.execute(
            "SELECT id, password_hash, full_name FROM yard_staff WHERE username = %s",
            (username,),
        ).fetchone()

    if row is None or not pwd_context.verify(password, row[1]):
        abort(401)

    session.clear()
    session["staff_id"] = row[0]
    return jsonify({"name": row[2]})


@app.post("/api/staff/logout")
def logout():
    session.clear()
    return ("", 204)
