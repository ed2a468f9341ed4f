"""Login and registration for the trade portal used by garden centres and stockists."""

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, abort, jsonify, request, session

from .db import get_db

bp = Blueprint("trade_auth", __name__, url_prefix="/trade")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


HASHING = HashSettings()


def hash_password(password: str, salt: Optional[bytes] = None) -> str:
    salt = salt or os.urandom(HASHING.salt_bytes)
    dk = hashlib.pbkdf2_hmac(HASHING.algorithm, password.encode(), salt, HASHING.iterations)
    return f"{salt.hex()}${dk.hex()}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, _ = stored.split("$", 1)
    candidate = hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate, stored)


@bp.post("/register")
def register():
    form = request.get_json(force=True)
    business = (form.get("business_name") or "").strip()
    email = (form.get("email") or "").strip().lower()
    password = form.get("password") or ""
    if not business or "@" not in email or len(password) < 10:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO trade_accounts (business_name, email, password_hash, approved)"
        " VALUES (?, ?, ?, 0)",
        (business, email, hash_password(password)),
    )
    db.commit()
    return jsonify({"status": "pending_approval"}), 201


@bp.post("/login")
def login():
    form = request.get_json(force=True)
    email = (form.get("email") or "").strip().lower()
    row = get_db().execute(
        "SELECT id, password_hash, approved FROM trade_accounts WHERE email = ?",
        (email,),
    ).fetchone()
    if row is None or not verify_password(form.get("password") or "", row["password_hash"]):
        abort(401)
    if not row["approved"]:
        return jsonify({"status": "pending_approval"}), 403
    session.clear()
    session["trade_account_id"] = row["id"]
    return jsonify({"status": "ok"})
