"""Account registration and login for the retailer ordering portal.

Garden centres and farm shops that stock our lumpwood bags sign up here to
place wholesale orders.  Accounts live in the portal's Postgres database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets

import psycopg
from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("retailer_accounts", __name__, url_prefix="/retailers")

MIN_PASSWORD_LENGTH = 12


def _connect() -> psycopg.Connection:
    return psycopg.connect(current_app.config["PORTAL_DATABASE_URL"])


def hash_password(password: str, salt: bytes | None = None) -> tuple[str, str]:
    salt = salt or os.urandom(16)
    digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return salt.hex(), digest


def check_password(password: str, salt_hex: str, expected: str) -> bool:
    _, digest = hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(digest, expected)


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    trading_name = body["trading_name"].strip()
    password = body["password"]
    if len(password) < MIN_PASSWORD_LENGTH:
        return jsonify(error=f"password must be at least {MIN_PASSWORD_LENGTH} characters"), 400
    salt_hex, digest = hash_password(password)
    with _connect() as conn:
        exists = conn.execute(
            "SELECT 1 FROM retailer_accounts WHERE email = %s", (email,)
        ).fetchone()
        if exists:
            return jsonify(error="an account with that email already exists"), 409
        conn.execute(
            "INSERT INTO retailer_accounts (email, trading_name, pw_salt, pw_hash)"
            " VALUES (%s, %s, %s, %s)",
            (email, trading_name, salt_hex, digest),
        )
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, pw_salt, pw_hash, approved FROM retailer_accounts WHERE email = %s",
            (email,),
        ).fetchone()
    if row is None or not check_password(body.get("password", ""), row[1], row[2]):
        return jsonify(error="invalid credentials"), 401
    if not row[3]:
        return jsonify(error="account awaiting approval by the yard office"), 403
    session.clear()
    session["retailer_id"] = row[0]
    session["csrf"] = secrets.token_urlsafe(32)
    return jsonify(status="ok")


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="ok")
