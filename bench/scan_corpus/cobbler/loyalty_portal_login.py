"""Login backend for the loyalty card customer portal.

Customers sign in to see their stamp balance and redeem free heel jobs.
"""
from flask import Blueprint, jsonify, request, session
from passlib.context import CryptContext

from cobbler.db import get_loyalty_member, save_loyalty_member

PORTAL_HASH_CONFIG = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}

pwd_context = CryptContext(**PORTAL_HASH_CONFIG)

bp = Blueprint("loyalty_portal", __name__, url_prefix="/loyalty")


def set_member_password(member, raw_password: str) -> None:
    member.password_hash = pwd_context.hash(raw_password)
    save_loyalty_member(member)


@bp.post("/signup")
def signup():
    payload = request.get_json(force=True)
    member = get_loyalty_member(card_number=payload["card_number"])
    if member is None or member.password_hash:
        return jsonify(error="card not eligible"), 400
    set_member_password(member, payload["password"])
    return jsonify(status="ok"), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    member = get_loyalty_member(email=payload.get("email", "").lower())
    if member is None or not member.password_hash:
        return jsonify(error="invalid credentials"), 401
    valid, new_hash = pwd_context.verify_and_update(payload["password"], member.password_hash)
    if not valid:
        return jsonify(error="invalid credentials"), 401
    if new_hash:
        member.password_hash = new_hash
        save_loyalty_member(member)
    session["member_id"] = member.id
    return jsonify(member_id=member.id, stamps=member.stamps)
