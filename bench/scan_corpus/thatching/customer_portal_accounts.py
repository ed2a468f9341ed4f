"""Customer portal accounts for the quote and booking site.

Homeowners register here to view roof survey reports, accept quotes and
download their thatch insurance certificates.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request, session


@dataclass(frozen=True)
class PortalSecuritySettings:
    hash_name: str = "sha256"
    pbkdf2_rounds: int = 150_000
    salt_bytes: int = 16
    min_password_length: int = 10


SETTINGS = PortalSecuritySettings()

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
DB_PATH = os.environ.get("PORTAL_DB", "portal.sqlite3")


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(SETTINGS.salt_bytes)
    derived = hashlib.pbkdf2_hmac(
        SETTINGS.hash_name, password.encode("utf-8"), salt, SETTINGS.pbkdf2_rounds
    )
    return f"{base64.b64encode(salt).decode()}${base64.b64encode(derived).decode()}"


def check_password(password: str, stored: str) -> bool:
    salt_b64, _ = stored.split("$", 1)
    candidate = hash_password(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, stored)


@app.post("/portal/register")
def register():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    password = body.get("password") or ""
    postcode = (body.get("postcode") or "").strip().upper()
    if "@" not in email or len(password) < SETTINGS.min_password_length:
        abort(400, "email and a password of at least 10 characters are required")
    with _db() as conn:
        exists = conn.execute(
            "SELECT 1 FROM customers WHERE email = ?", (email,)
        ).fetchone()
        if exists:
            abort(409, "an account already exists for that address")
        cur = conn.execute(
            "INSERT INTO customers (email, postcode, password_hash) VALUES (?, ?, ?)",
            (email, postcode, hash_password(password)),
        )
    session["customer_id"] = cur.lastrowid
    return jsonify({"customer_id": cur.lastrowid}), 201


@app.post("/portal/login")
def login():
    body = request.get_json(force=True)
    email = (body.get("email") or "").strip().lower()
    with _db() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM customers WHERE email = ?", (email,)
        ).fetchone()
    if row is None or not check_password(body.get("password") or "", row["password_hash"]):
        abort(401, "unknown email or wrong password")
    session.clear()
    session["customer_id"] = row["id"]
    return jsonify({"ok": True})


@app.get("/portal/quotes")
def my_quotes():
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    with _db() as conn:
        rows = conn.execute(
            "SELECT id, property_ref, total_pence, status FROM quotes WHERE customer_id = ?",
            (customer_id,),
        ).fetchall()
    return jsonify([dict(r) for r in rows])
