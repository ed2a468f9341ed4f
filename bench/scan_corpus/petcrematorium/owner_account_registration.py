"""Owner portal account registration for families using the crematorium."""
from __future__ import annotations

import base64
import hashlib
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("owner_accounts", __name__, url_prefix="/portal/accounts")


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASHING = HashingSettings()


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["PORTAL_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def hash_owner_password(password: str, settings: HashingSettings = HASHING) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def _validate(payload: dict) -> list[str]:
    errors = []
    if "@" not in payload.get("email", ""):
        errors.append("a valid email address is required")
    if len(payload.get("password", "")) < 10:
        errors.append("password must be at least 10 characters")
    if not payload.get("case_reference"):
        errors.append("the case reference from your clinic is required")
    return errors


@bp.post("/")
def register_owner():
    payload = request.get_json(force=True) or {}
    errors = _validate(payload)
    if errors:
        return jsonify({"errors": errors}), 400

    with _connect() as conn:
        case = conn.execute(
            "SELECT id FROM cremation_cases WHERE reference = ?",
            (payload["case_reference"],),
        ).fetchone()
        if case is None:
            return jsonify({"errors": ["unknown case reference"]}), 404
        conn.execute(
            "INSERT INTO owner_accounts (email, display_name, password_hash, case_id) "
            "VALUES (?, ?, ?, ?)",
            (
                payload["email"].strip().lower(),
                payload.get("display_name", "").strip(),
                hash_owner_password(payload["password"]),
                case["id"],
            ),
        )
    return jsonify({"status": "created"}), 201
