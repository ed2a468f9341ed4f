"""Account registration and sign-in for beach hut licence holders."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import HutOwner, engine

bp = Blueprint("owner_accounts", __name__, url_prefix="/owners")


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(HASH_SETTINGS.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        HASH_SETTINGS.algorithm,
        password.encode("utf-8"),
        salt,
        HASH_SETTINGS.iterations,
    )
    return "pbkdf2_{}${}${}${}".format(
        HASH_SETTINGS.algorithm, HASH_SETTINGS.iterations, salt.hex(), digest.hex()
    )


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    if not email or len(password) < 10:
        abort(400, "An email address and a password of at least 10 characters are required.")

    with Session(engine) as db:
        existing = db.scalar(select(HutOwner).where(HutOwner.email == email))
        if existing is not None:
            abort(409, "An account already exists for that email address.")
        owner = HutOwner(
            email=email,
            full_name=data.get("full_name", ""),
            password_hash=hash_password(password),
        )
        db.add(owner)
        db.commit()
        return jsonify({"id": owner.id, "email": owner.email}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    with Session(engine) as db:
        owner = db.scalar(select(HutOwner).where(HutOwner.email == email))
        if owner is None or not check_password(data.get("password", ""), owner.password_hash):
            abort(401, "Email address or password not recognised.")
        session.clear()
        session["owner_id"] = owner.id
        return jsonify({"id": owner.id, "huts": [h.number for h in owner.huts]})
