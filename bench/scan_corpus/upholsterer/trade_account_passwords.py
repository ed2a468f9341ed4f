"""Trade account sign-up and login for interior designers.

Designers get a trade login so they can see trade pricing on fabric,
order swatches in bulk and follow their clients' jobs through the workshop.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, jsonify, request, session

from .db import get_connection

bp = Blueprint("trade_accounts", __name__, url_prefix="/trade")


@dataclass
class TradeAccount:
    id: int
    email: str
    studio_name: str
    password_hash: str
    salt: str
    approved: bool


def _digest_password(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def _find_account(email: str) -> Optional[TradeAccount]:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, email, studio_name, password_hash, salt, approved "
            "FROM trade_accounts WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    return TradeAccount(*row) if row else None


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = payload["email"].strip().lower()
    if len(payload.get("password", "")) < 10:
        return jsonify(error="Password must be at least 10 characters"), 400
    if _find_account(email):
        return jsonify(error="An account with that email already exists"), 409
    salt = os.urandom(16).hex()
    hashed = _digest_password(payload["password"], salt)
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO trade_accounts (email, studio_name, password_hash, salt, approved) "
            "VALUES (?, ?, ?, ?, 0)",
            (email, payload.get("studio_name", ""), hashed, salt),
        )
    return jsonify(status="pending_approval"), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    account = _find_account(payload.get("email", ""))
    if account is None:
        return jsonify(error="Invalid email or password"), 401
    candidate = _digest_password(payload.get("password", ""), account.salt)
    if not hmac.compare_digest(candidate, account.password_hash):
        return jsonify(error="Invalid email or password"), 401
    if not account.approved:
        return jsonify(error="Your trade account is awaiting approval"), 403
    session.clear()
    session["trade_account_id"] = account.id
    return jsonify(studio=account.studio_name)
