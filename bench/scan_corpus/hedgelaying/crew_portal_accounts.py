"""Crew portal account management.

Crew members log in on their phones to see the day's job sheets and to
submit timesheets. Accounts live in the office Postgres database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg
from flask import Blueprint, abort, current_app, jsonify, request


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()

bp = Blueprint("crew_accounts", __name__, url_prefix="/crew/accounts")


def _connect() -> psycopg.Connection:
    return psycopg.connect(current_app.config["DATABASE_URL"])


def hash_password(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


@bp.post("/")
def create_account():
    body = request.get_json(force=True)
    name = body.get("name", "").strip()
    mobile = body.get("mobile", "").strip()
    password = body.get("password", "")
    if not name or len(password) < 10:
        abort(400, "name and a password of at least 10 characters are required")

    with _connect() as conn:
        row = conn.execute(
            "INSERT INTO crew_members (name, mobile, password_hash, active) "
            "VALUES (%s, %s, %s, true) RETURNING id",
            (name, mobile, hash_password(password)),
        ).fetchone()
    return jsonify({"id": row[0], "name": name}), 201


@bp.post("/<int:crew_id>/password")
def change_password(crew_id: int):
    body = request.get_json(force=True)
    current = body.get("current_password", "")
    new = body.get("new_password", "")
    if len(new) < 10:
        abort(400, "new password too short")

    with _connect() as conn:
        row = conn.execute(
            "SELECT password_hash FROM crew_members WHERE id = %s AND active",
            (crew_id,),
        ).fetchone()
        if row is None or not verify_password(current, row[0]):
            abort(403)
        conn.execute(
            "UPDATE crew_members SET password_hash = %s WHERE id = %s",
            (hash_password(new), crew_id),
        )
    return jsonify({"status": "updated"})
