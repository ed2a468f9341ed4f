"""Registration of syndicate guns on the estate booking site.

Syndicate members create an account once their subscription is confirmed by
the shoot captain; the account lets them pick days and settle their share.
"""
import bcrypt
from flask import Blueprint, abort, jsonify, request

from gamekeeper.db import get_db
from gamekeeper.syndicates import SyndicateRepository

bp = Blueprint("syndicate_accounts", __name__, url_prefix="/syndicate")

MIN_PASSWORD_LENGTH = 12


def hash_secret(raw: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def secret_matches(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@bp.post("/accounts")
def register_account():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")
    syndicate_code = body.get("syndicate")

    if len(password) < MIN_PASSWORD_LENGTH:
        abort(400, "password too short")

    repo = SyndicateRepository(get_db())
    syndicate = repo.find_by_code(syndicate_code)
    if syndicate is None or not syndicate.accepts_member(email):
        abort(403)

    member = repo.add_member(
        syndicate_id=syndicate.id,
        email=email,
        password_hash=hash_secret(password),
    )
    return jsonify({"id": member.id, "syndicate": syndicate.name}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    repo = SyndicateRepository(get_db())
    member = repo.find_member_by_email(body.get("email", "").lower())
    if member is None or not secret_matches(body.get("password", ""), member.password_hash):
        abort(401)
    return jsonify({"id": member.id})
