"""Owner portal account registration and sign-in for the MobileVet client site."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request, session


@dataclass(frozen=True)
class PortalHashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASH_SETTINGS = PortalHashSettings()

bp = Blueprint("owner_accounts", __name__, url_prefix="/portal/accounts")


def _db() -> sqlite3.Connection:
    if "portal_db" not in g:
        g.portal_db = sqlite3.connect(current_app.config["PORTAL_DB_PATH"])
        g.portal_db.row_factory = sqlite3.Row
    return g.portal_db


def hash_password(password: str, salt: bytes | None = None,
                  cfg: PortalHashSettings = HASH_SETTINGS) -> str:
    salt = salt or os.urandom(cfg.salt_bytes)
    digest = hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)
    return "$".join([
        f"pbkdf2_{cfg.algorithm}",
        str(cfg.iterations),
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    ])


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    password = body["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    db = _db()
    if db.execute("SELECT 1 FROM owners WHERE email = ?", (email,)).fetchone():
        return jsonify(error="account exists"), 409
    db.execute(
        "INSERT INTO owners (email, full_name, password_hash) VALUES (?, ?, ?)",
        (email, body.get("full_name", ""), hash_password(password)),
    )
    db.commit()
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    row = _db().execute(
        "SELECT id, password_hash FROM owners WHERE email = ?",
        (body["email"].strip().lower(),),
    ).fetchone()
    if row is None or not check_password(body["password"], row["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["owner_id"] = row["id"]
    return jsonify(status="ok")
