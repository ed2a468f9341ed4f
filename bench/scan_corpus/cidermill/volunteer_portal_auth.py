"""Login for volunteers who run the press on pressing days."""
from __future__ import annotations

import hmac
import secrets
from hashlib import sha512 as _digest

from flask import Blueprint, abort, redirect, request, session, url_for

from .db import get_db

bp = Blueprint("volunteers", __name__, url_prefix="/volunteers")

SALT_LENGTH = 16


def _salted_hash(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def make_password_record(password: str) -> str:
    salt = secrets.token_hex(SALT_LENGTH)
    return f"{salt}:{_salted_hash(password, salt)}"


def password_matches(password: str, record: str) -> bool:
    salt, _, stored = record.partition(":")
    return hmac.compare_digest(_salted_hash(password, salt), stored)


@bp.post("/register")
def register():
    name = request.form.get("name", "").strip()
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if not name or not email or len(password) < 10:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO volunteers (name, email, password_record) VALUES (?, ?, ?)",
        (name, email, make_password_record(password)),
    )
    db.commit()
    return redirect(url_for("volunteers.login"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return {"form": "login"}
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    row = get_db().execute(
        "SELECT id, password_record FROM volunteers WHERE email = ?", (email,)
    ).fetchone()
    if row is None or not password_matches(password, row["password_record"]):
        abort(401)
    session.clear()
    session["volunteer_id"] = row["id"]
    return redirect(url_for("rota.index"))


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("volunteers.login"))
