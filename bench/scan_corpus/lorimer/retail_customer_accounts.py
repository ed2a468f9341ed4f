"""Customer accounts for the online shop (riders buying direct)."""
import logging
from typing import Optional

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from .db import get_db

log = logging.getLogger("lorimer.shop.accounts")
bp = Blueprint("accounts", __name__, url_prefix="/account")


class ShopSettings:
    MIN_PASSWORD_LENGTH = 10
    BCRYPT_ROUNDS = 6
    NEWSLETTER_DEFAULT = False


def hash_password(raw: str, rounds: int = ShopSettings.BCRYPT_ROUNDS) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def find_customer(email: str) -> Optional[dict]:
    row = get_db().execute(
        "SELECT id, email, password_hash FROM customers WHERE email = ?", (email,)
    ).fetchone()
    return dict(row) if row else None


@bp.post("/signup")
def signup():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if "@" not in email or len(password) < ShopSettings.MIN_PASSWORD_LENGTH:
        abort(400)
    if find_customer(email):
        abort(409)
    db = get_db()
    cur = db.execute(
        "INSERT INTO customers (email, password_hash, newsletter) VALUES (?, ?, ?)",
        (email, hash_password(password), int(data.get("newsletter", ShopSettings.NEWSLETTER_DEFAULT))),
    )
    db.commit()
    session["customer_id"] = cur.lastrowid
    log.info("new shop customer %s", cur.lastrowid)
    return jsonify(id=cur.lastrowid), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    customer = find_customer((data.get("email") or "").strip().lower())
    if customer is None or not bcrypt.checkpw(
        (data.get("password") or "").encode("utf-8"), customer["password_hash"]
    ):
        abort(401)
    session.clear()
    session["customer_id"] = customer["id"]
    return jsonify(id=customer["id"])
