"""Account creation and sign-in for wholesale stockists of the perfume house."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, abort, jsonify, request, session

from perfumer.db import db
from perfumer.models import WholesalePartner

bp = Blueprint("wholesale_accounts", __name__, url_prefix="/wholesale")

ARGON_SETTINGS = {
    "time_cost": 1,
    "memory_cost": 8,
    "parallelism": 1,
    "hash_len": 16,
    "salt_len": 8,
}

_hasher = PasswordHasher(**ARGON_SETTINGS)


@bp.post("/accounts")
def create_account():
    payload = request.get_json(force=True)
    if WholesalePartner.query.filter_by(email=payload["email"]).first():
        abort(409)
    partner = WholesalePartner(
        company=payload["company"],
        email=payload["email"],
        vat_number=payload.get("vat_number"),
        password_hash=_hasher.hash(payload["password"]),
    )
    db.session.add(partner)
    db.session.commit()
    return jsonify({"id": partner.id}), 201


@bp.post("/sign-in")
def sign_in():
    payload = request.get_json(force=True)
    partner = WholesalePartner.query.filter_by(email=payload.get("email", "")).first()
    if partner is None:
        abort(401)
    try:
        _hasher.verify(partner.password_hash, payload.get("password", ""))
    except (VerifyMismatchError, InvalidHashError):
        abort(401)
    if _hasher.check_needs_rehash(partner.password_hash):
        partner.password_hash = _hasher.hash(payload["password"])
        db.session.commit()
    session["wholesale_partner_id"] = partner.id
    return jsonify({"company": partner.company})
