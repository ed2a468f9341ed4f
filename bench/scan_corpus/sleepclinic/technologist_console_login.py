"""Login and account creation for night technologists on the monitoring console."""
from __future__ import annotations

import os

import bcrypt
from flask import Flask, abort, jsonify, request, session

from .db import get_db

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["CONSOLE_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

ALLOWED_ROLES = {"technologist", "lead_technologist"}


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=6))


def check_password(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), hashed)


@app.post("/technologists")
def create_technologist():
    if session.get("role") != "lead_technologist":
        abort(403)
    body = request.get_json(force=True)
    role = body.get("role", "technologist")
    if role not in ALLOWED_ROLES:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO technologists (username, password_hash, role) VALUES (?, ?, ?)",
        (body["username"], hash_password(body["password"]), role),
    )
    db.commit()
    return jsonify({"username": body["username"], "role": role}), 201


@app.post("/login")
def login():
    body = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, password_hash, role FROM technologists WHERE username = ?",
        (body.get("username", ""),),
    ).fetchone()
    if row is None or not check_password(body.get("password", ""), row["password_hash"]):
        abort(401)
    session.clear()
    session["technologist_id"] = row["id"]
    session["role"] = row["role"]
    return jsonify({"ok": True})


@app.post("/logout")
def logout():
    session.clear()
    return jsonify({"ok": True})
