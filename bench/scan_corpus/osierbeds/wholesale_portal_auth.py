"""Trade portal login for wholesale accounts (florists, basket makers, garden centres)."""
from __future__ import annotations

import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from osierbeds.db import get_session
from osierbeds.models import WholesaleAccount

log = logging.getLogger(__name__)

bp = Blueprint("trade_auth", __name__, url_prefix="/trade")

BCRYPT_COST = 8
MIN_PASSWORD_LENGTH = 12


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_COST))


def check_password(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), hashed)


def _find_account(db: Session, email: str) -> WholesaleAccount | None:
    stmt = select(WholesaleAccount).where(WholesaleAccount.email == email.strip().lower())
    return db.scalars(stmt).first()


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    email = body.get("email", "")
    password = body.get("password", "")
    db = get_session()
    account = _find_account(db, email)
    if account is None or not account.active or not check_password(password, account.password_hash):
        log.info("trade login refused for %s", email)
        abort(401)
    session.clear()
    session["trade_account_id"] = account.id
    log.info("trade login ok for account %s", account.id)
    return jsonify({"account": account.trading_name, "price_band": account.price_band})


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify({"ok": True})


@bp.post("/password")
def change_password():
    account_id = session.get("trade_account_id")
    if account_id is None:
        abort(401)
    body = request.get_json(silent=True) or {}
    current = body.get("current_password", "")
    new = body.get("new_password", "")
    if len(new) < MIN_PASSWORD_LENGTH:
        return jsonify({"error": f"password must be at least {MIN_PASSWORD_LENGTH} characters"}), 400
    db = get_session()
    account = db.get(WholesaleAccount, account_id)
    if account is None or not check_password(current, account.password_hash):
        abort(403)
    account.password_hash = hash_password(new)
    db.commit()
    log.info("password changed for trade account %s", account.id)
    return jsonify({"ok": True})
