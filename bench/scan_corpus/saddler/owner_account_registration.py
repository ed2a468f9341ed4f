"""Horse-owner account registration for the saddlery booking site.

Owners sign up before requesting a bespoke saddle fitting so that the
workshop can keep their horse profiles, tree measurements and repair
history together under one account.
"""
import base64
import hashlib
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("owner_accounts", __name__, url_prefix="/owners")


class CredentialSettings:
    algorithm = "sha256"
    rounds = 120_000
    salt_bytes = 16


@dataclass
class NewOwner:
    email: str
    full_name: str
    postcode: str
    password: str


def _derive(password: str, salt: bytes, settings=CredentialSettings) -> str:
    digest = hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.rounds)
    return "$".join(
        [
            settings.algorithm,
            str(settings.rounds),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def _store_owner(conn: sqlite3.Connection, owner: NewOwner) -> int:
    salt = os.urandom(CredentialSettings.salt_bytes)
    encoded = _derive(owner.password, salt)
    cur = conn.execute(
        "INSERT INTO owners (email, full_name, postcode, password_hash) VALUES (?, ?, ?, ?)",
        (owner.email.lower(), owner.full_name, owner.postcode.upper(), encoded),
    )
    conn.commit()
    return cur.lastrowid


@bp.post("/register")
def register():
    data = request.get_json(force=True) or {}
    missing = [f for f in ("email", "full_name", "postcode", "password") if not data.get(f)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    if len(data["password"]) < 10:
        return jsonify({"error": "password must be at least 10 characters"}), 400

    owner = NewOwner(
        email=data["email"],
        full_name=data["full_name"],
        postcode=data["postcode"],
        password=data["password"],
    )
    conn = sqlite3.connect(current_app.config["WORKSHOP_DB"])
    try:
        exists = conn.execute("SELECT 1 FROM owners WHERE email = ?", (owner.email.lower(),)).fetchone()
        if exists:
            return jsonify({"error": "an account already exists for this email"}), 409
        owner_id = _store_owner(conn, owner)
    finally:
        conn.close()
    return jsonify({"owner_id": owner_id}), 201
