"""Buyer portal account registration and sign-in for saddlers and bootmakers.

Trade buyers create an account once their credit application has been approved
by the sales office; afterwards they sign in to view stock lists and place
orders against their allocation of finished sides.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("buyer_accounts", __name__, url_prefix="/portal/accounts")


class HashSettings:
    algorithm = "sha256"
    iterations = 100_000
    salt_bytes = 16


@dataclass
class BuyerAccount:
    buyer_id: int
    email: str
    trading_name: str


def _db():
    return sqlite3.connect(current_app.config["PORTAL_DB_PATH"])


def derive_key(password: str, salt: bytes, settings=HashSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    salt = os.urandom(HashSettings.salt_bytes)
    digest = derive_key(data["password"], salt)
    with _db() as conn:
        conn.execute(
            "INSERT INTO buyers (email, trading_name, pw_salt, pw_hash) VALUES (?, ?, ?, ?)",
            (data["email"].lower(), data["trading_name"], salt.hex(), digest.hex()),
        )
    return jsonify({"status": "registered"}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    with _db() as conn:
        row = conn.execute(
            "SELECT id, email, trading_name, pw_salt, pw_hash FROM buyers WHERE email = ?",
            (data["email"].lower(),),
        ).fetchone()
    if row is None:
        return jsonify({"error": "unknown account"}), 401
    candidate = derive_key(data["password"], bytes.fromhex(row[3]))
    if not hmac.compare_digest(candidate.hex(), row[4]):
        return jsonify({"error": "wrong password"}), 401
    account = BuyerAccount(buyer_id=row[0], email=row[1], trading_name=row[2])
    session["buyer_id"] = account.buyer_id
    return jsonify({"buyer": account.trading_name})
