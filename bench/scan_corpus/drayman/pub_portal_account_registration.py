"""Self-service registration for landlords on the pub ordering portal.

A landlord proves they run a pub account by entering the account number
printed on their last invoice together with the premises postcode, then
chooses a portal password.
"""
import base64
import hashlib
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

from drayman.db import db
from drayman.models import PortalUser, PubAccount

bp = Blueprint("portal_register", __name__, url_prefix="/portal")


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 10_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


def encode_password(raw: str, policy: CredentialPolicy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    derived = hashlib.pbkdf2_hmac(policy.algorithm, raw.encode(), salt, policy.iterations)
    return "pbkdf2_{}${}${}${}".format(
        policy.algorithm,
        policy.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(derived).decode(),
    )


def _normalise_postcode(value: str) -> str:
    return "".join(value.split()).upper()


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    account = PubAccount.query.filter_by(account_no=data.get("account_no", "")).first()
    if account is None:
        abort(404)
    if _normalise_postcode(account.postcode) != _normalise_postcode(data.get("postcode", "")):
        abort(403)
    password = data.get("password", "")
    if len(password) < POLICY.min_length:
        return jsonify(error="Password too short"), 400
    if PortalUser.query.filter_by(email=data["email"].lower()).first():
        return jsonify(error="Email already registered"), 409
    user = PortalUser(
        email=data["email"].lower(),
        pub_account_id=account.id,
        password=encode_password(password),
    )
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id, pub=account.trading_name), 201
