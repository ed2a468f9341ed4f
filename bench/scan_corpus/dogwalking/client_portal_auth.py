"""Client portal login for pet owners who book walks and sitting visits."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select

from .db import db_session
from .models import Client


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()

bp = Blueprint("client_auth", __name__, url_prefix="/portal")


def hash_password(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(settings.algorithm, password.encode(), salt, settings.iterations)
    return "pbkdf2_%s$%d$%s$%s" % (
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(dk_b64)
    dk = hashlib.pbkdf2_hmac(algorithm, password.encode(), salt, int(iterations))
    return hmac.compare_digest(dk, expected)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data["email"].strip().lower()
    if len(data.get("password", "")) < 10:
        abort(400, "password too short")
    with db_session() as db:
        if db.scalar(select(Client).where(Client.email == email)) is not None:
            abort(409, "account exists")
        client = Client(
            email=email,
            full_name=data.get("full_name", ""),
            phone=data.get("phone"),
            password_hash=hash_password(data["password"]),
        )
        db.add(client)
        db.commit()
        return jsonify({"client_id": client.id}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    with db_session() as db:
        client = db.scalar(select(Client).where(Client.email == email))
        if client is None or not verify_password(data.get("password", ""), client.password_hash):
            abort(401)
        session.clear()
        session["client_id"] = client.id
        return jsonify({"client_id": client.id, "name": client.full_name})


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
