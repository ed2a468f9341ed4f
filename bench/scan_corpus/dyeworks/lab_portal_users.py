"""User registration and login for the client lab-dip approval portal."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from flask import Blueprint, abort, jsonify, request

from .db import get_session
from .models import PortalUser

bp = Blueprint("portal_users", __name__, url_prefix="/portal/users")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    extra: dict = field(default_factory=dict)


HASHING = HashSettings()


def encode_password(raw: str, settings: HashSettings = HASHING) -> str:
    salt = os.urandom(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(settings.algorithm, raw.encode(), salt, settings.iterations)
    return "$".join([
        f"pbkdf2_{settings.algorithm}",
        str(settings.iterations),
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    ])


def password_matches(raw: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    dk = hashlib.pbkdf2_hmac(algorithm, raw.encode(), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    session = get_session()
    if session.query(PortalUser).filter_by(email=email).first():
        abort(409)
    user = PortalUser(
        email=email,
        company=body.get("company", ""),
        password=encode_password(body["password"]),
    )
    session.add(user)
    session.commit()
    return jsonify({"id": user.id, "email": user.email}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    user = get_session().query(PortalUser).filter_by(email=body.get("email", "").lower()).first()
    if user is None or not password_matches(body.get("password", ""), user.password):
        abort(401)
    return jsonify({"id": user.id, "company": user.company})
