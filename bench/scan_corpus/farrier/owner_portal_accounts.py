"""Owner portal account registration and login for the farrier booking site.

Horse owners create an account to see their horses' shoeing history,
upcoming appointments and outstanding invoices.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request, session

bp = Blueprint("owner_accounts", __name__, url_prefix="/portal/accounts")


@dataclass
class OwnerAccount:
    id: int
    email: str
    full_name: str
    password_hash: str
    salt: str


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["PORTAL_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def load_account(email: str) -> OwnerAccount | None:
    row = get_db().execute(
        "SELECT id, email, full_name, password_hash, salt FROM owners WHERE email = ?",
        (email.strip().lower(),),
    ).fetchone()
    return OwnerAccount(**dict(row)) if row else None


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")
    if not email or len(password) < 10:
        return jsonify(error="email and a password of at least 10 characters are required"), 400
    if load_account(email) is not None:
        return jsonify(error="an account with that email already exists"), 409

    salt = os.urandom(16).hex()
    db = get_db()
    db.execute(
        "INSERT INTO owners (email, full_name, password_hash, salt) VALUES (?, ?, ?, ?)",
        (email, body.get("full_name", ""), hash_password(password, salt), salt),
    )
    db.commit()
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    account = load_account(body.get("email", ""))
    if account is None:
        return jsonify(error="invalid email or password"), 401

    candidate = hash_password(body.get("password", ""), account.salt)
    if not hmac.compare_digest(candidate, account.password_hash):
        return jsonify(error="invalid email or password"), 401

    session.clear()
    session["owner_id"] = account.id
    return jsonify(owner=account.full_name)


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="signed out")
