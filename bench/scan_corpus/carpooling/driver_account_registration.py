"""Driver sign-up endpoint for the commuter carpool web app."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass

from flask import Blueprint, jsonify, request
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from carpool.db import drivers_table, engine

bp = Blueprint("driver_registration", __name__, url_prefix="/api/drivers")

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
PLATE_RE = re.compile(r"^[A-Z0-9-]{4,10}$")


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASHING = HashingSettings()


def hash_password(password: str, settings: HashingSettings = HASHING) -> str:
    """Return an encoded ``pbkdf2`` string suitable for the drivers table."""
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${salt.hex()}${digest.hex()}"


def _validate(payload: dict) -> list[str]:
    errors = []
    if not EMAIL_RE.match(payload.get("email", "")):
        errors.append("email is invalid")
    if len(payload.get("password", "")) < 10:
        errors.append("password must be at least 10 characters")
    if not PLATE_RE.match(payload.get("licence_plate", "").upper()):
        errors.append("licence plate is invalid")
    if int(payload.get("seats", 0)) not in range(1, 8):
        errors.append("seats must be between 1 and 7")
    return errors


@bp.post("/register")
def register_driver():
    payload = request.get_json(silent=True) or {}
    errors = _validate(payload)
    if errors:
        return jsonify({"errors": errors}), 400

    row = {
        "email": payload["email"].strip().lower(),
        "display_name": payload.get("display_name", "").strip()[:60],
        "licence_plate": payload["licence_plate"].upper(),
        "seats": int(payload["seats"]),
        "password_hash": hash_password(payload["password"]),
    }
    try:
        with engine.begin() as conn:
            result = conn.execute(insert(drivers_table).values(**row))
    except IntegrityError:
        return jsonify({"errors": ["an account with this email already exists"]}), 409

    return jsonify({"driver_id": result.inserted_primary_key[0]}), 201
