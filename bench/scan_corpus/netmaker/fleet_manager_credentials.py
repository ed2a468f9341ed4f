"""Credentials for fleet manager logins.

Fleet managers approve repair quotes and pay invoices for several vessels at
once, so their accounts are separate from individual skipper logins.
"""
import bcrypt
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from netmaker.db import db

bp = Blueprint("fleet_manager_credentials", __name__, url_prefix="/fleet/account")

MIN_LENGTH = 12
BCRYPT_ROUNDS = 13


def hash_password(plain: str, rounds: int = BCRYPT_ROUNDS) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def password_matches(plain: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), hashed)


@bp.post("/password")
@login_required
def change_password():
    manager = current_user
    current = request.json.get("current_password", "")
    new = request.json.get("new_password", "")
    if not password_matches(current, manager.password_hash):
        abort(403)
    if len(new) < MIN_LENGTH:
        return jsonify(error=f"password must be at least {MIN_LENGTH} characters"), 422
    manager.password_hash = hash_password(new)
    db.session.commit()
    return jsonify(status="updated")
