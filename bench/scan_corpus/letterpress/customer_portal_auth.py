"""Login for the client portal where couples review proofs and pay deposits."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session

from .models import Client, db

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASHING = HashSettings()


def make_password(raw: str, settings: HashSettings = HASHING) -> str:
    salt = os.urandom(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(settings.algorithm, raw.encode("utf-8"), salt, settings.iterations)
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(dk).decode("ascii"),
    )


def check_password(raw: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    dk = hashlib.pbkdf2_hmac(
        algorithm, raw.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    if not email or len(data.get("password", "")) < 10:
        abort(400, "email and a password of at least 10 characters are required")
    if Client.query.filter_by(email=email).first():
        abort(409, "an account with this email already exists")
    client = Client(
        email=email,
        partner_names=data.get("partner_names", ""),
        wedding_date=data.get("wedding_date"),
        password=make_password(data["password"]),
    )
    db.session.add(client)
    db.session.commit()
    session["client_id"] = client.id
    return jsonify(id=client.id), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    client = Client.query.filter_by(email=data.get("email", "").strip().lower()).first()
    if client is None or not check_password(data.get("password", ""), client.password):
        abort(401, "invalid email or password")
    session.clear()
    session["client_id"] = client.id
    return jsonify(id=client.id, partner_names=client.partner_names)


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
