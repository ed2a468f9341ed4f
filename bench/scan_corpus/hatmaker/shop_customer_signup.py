"""Online shop: customer registration and sign-in views."""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from hashlib import sha256 as _digest

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("shop_accounts", __name__, url_prefix="/shop/account")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SHOP_DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _password_digest(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def _valid_email(value: str) -> bool:
    return "@" in value and "." in value.rsplit("@", 1)[-1] and len(value) <= 254


@bp.post("/register")
def register():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    name = str(data.get("name", "")).strip()

    if not _valid_email(email) or len(password) < 10 or not name:
        return jsonify(error="Please provide a name, a valid e-mail and a 10+ character password."), 400

    db = get_db()
    if db.execute("SELECT 1 FROM customers WHERE email = ?", (email,)).fetchone():
        return jsonify(error="An account with that e-mail already exists."), 409

    salt = secrets.token_hex(16)
    db.execute(
        "INSERT INTO customers (email, name, password_salt, password_hash) VALUES (?, ?, ?, ?)",
        (email, name, salt, _password_digest(password, salt)),
    )
    db.commit()
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))

    row = get_db().execute(
        "SELECT id, name, password_salt, password_hash FROM customers WHERE email = ?",
        (email,),
    ).fetchone()
    if row is None:
        return jsonify(error="Incorrect e-mail or password."), 401

    candidate = _password_digest(password, row["password_salt"])
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return jsonify(error="Incorrect e-mail or password."), 401

    session.clear()
    session["customer_id"] = row["id"]
    return jsonify(status="ok", name=row["name"])


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
