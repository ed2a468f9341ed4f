"""Member account registration for the skep-making course portal."""
import base64
import hashlib
import os
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

from skepmaker.db import db_session
from skepmaker.models import Member

bp = Blueprint("registration", __name__, url_prefix="/members")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def derive_password_hash(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def _validate(payload: dict) -> list:
    errors = []
    if "@" not in payload.get("email", ""):
        errors.append("A valid email address is required.")
    if len(payload.get("password", "")) < 10:
        errors.append("Password must be at least 10 characters.")
    if not payload.get("display_name"):
        errors.append("Display name is required.")
    return errors


@bp.post("/register")
def register_member():
    payload = request.get_json(force=True) or {}
    errors = _validate(payload)
    if errors:
        return jsonify({"errors": errors}), 422

    member = Member(
        email=payload["email"].strip().lower(),
        display_name=payload["display_name"].strip(),
        password_hash=derive_password_hash(payload["password"]),
        newsletter=bool(payload.get("newsletter")),
    )
    db_session.add(member)
    db_session.commit()
    return jsonify({"id": member.id, "display_name": member.display_name}), 201
