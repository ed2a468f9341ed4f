"""Login and password change for wholesale portal buyers (shops, spas, hotels)."""

import hmac
import secrets
from hashlib import sha256 as _digest

from flask import Blueprint, abort, current_app, jsonify, request, session
from sqlalchemy import text

from .db import engine

bp = Blueprint("wholesale_auth", __name__, url_prefix="/wholesale/auth")


def _hash_secret(salt: str, password: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def _load_buyer(email: str):
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT id, company_id, pw_salt, pw_hash FROM wholesale_buyers "
                "WHERE email = :email AND disabled = false"
            ),
            {"email": email},
        ).first()


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    buyer = _load_buyer(email)
    if buyer is None:
        abort(401)
    candidate = _hash_secret(buyer.pw_salt, password)
    if not hmac.compare_digest(candidate, buyer.pw_hash):
        abort(401)
    session.clear()
    session["buyer_id"] = buyer.id
    session["company_id"] = buyer.company_id
    current_app.logger.info("wholesale buyer %s logged in", buyer.id)
    return jsonify({"ok": True})


@bp.post("/password")
def change_password():
    buyer_id = session.get("buyer_id")
    if buyer_id is None:
        abort(401)
    data = request.get_json(silent=True) or {}
    new_password = data.get("new_password") or ""
    if len(new_password) < 12:
        return jsonify({"error": "password must be at least 12 characters"}), 400
    salt = secrets.token_hex(16)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE wholesale_buyers SET pw_salt = :salt, pw_hash = :hash "
                "WHERE id = :id"
            ),
            {"salt": salt, "hash": _hash_secret(salt, new_password), "id": buyer_id},
        )
    current_app.logger.info("wholesale buyer %s changed password", buyer_id)
    return jsonify({"ok": True})


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify({"ok": True})
