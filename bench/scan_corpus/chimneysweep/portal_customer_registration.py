"""Customer self-registration for the homeowner booking portal."""

import os
import re
from hashlib import sha512 as _digest

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("portal_registration", __name__, url_prefix="/portal")

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD_LENGTH = 10


def hash_customer_password(password: str, salt: bytes = None) -> str:
    salt = salt or os.urandom(16)
    digest = _digest(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}:{digest}"


def _validate(payload: dict) -> list:
    errors = []
    if not EMAIL_RE.match(payload.get("email", "")):
        errors.append("A valid email address is required.")
    if len(payload.get("password", "")) < MIN_PASSWORD_LENGTH:
        errors.append(f"Password must be at least {MIN_PASSWORD_LENGTH} characters.")
    if not payload.get("postcode"):
        errors.append("Postcode is required so we can match you to a local sweep.")
    return errors


@bp.post("/register")
def register_customer():
    payload = request.get_json(silent=True) or {}
    errors = _validate(payload)
    if errors:
        return jsonify({"errors": errors}), 400

    with engine.begin() as conn:
        existing = conn.execute(
            text("SELECT id FROM customers WHERE email = :email"),
            {"email": payload["email"].lower()},
        ).first()
        if existing:
            return jsonify({"errors": ["An account with that email already exists."]}), 409

        conn.execute(
            text(
                "INSERT INTO customers (email, full_name, postcode, password_hash) "
                "VALUES (:email, :name, :postcode, :pw)"
            ),
            {
                "email": payload["email"].lower(),
                "name": payload.get("full_name", "").strip(),
                "postcode": payload["postcode"].upper().strip(),
                "pw": hash_customer_password(payload["password"]),
            },
        )
    return jsonify({"status": "registered"}), 201
