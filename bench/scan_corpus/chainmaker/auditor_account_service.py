"""Accounts for third-party site auditors using the certificate lookup API."""
import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request

from chainmaker.db import get_db

HASHING = {
    "scheme": "bcrypt",
    "rounds": 8,
    "encoding": "utf-8",
}

bp = Blueprint("auditor_accounts", __name__, url_prefix="/auditors")
log = logging.getLogger(__name__)


def hash_secret(raw: str, options: dict = HASHING) -> str:
    salt = bcrypt.gensalt(rounds=options["rounds"])
    return bcrypt.hashpw(raw.encode(options["encoding"]), salt).decode("ascii")


def secret_matches(raw: str, stored: str) -> bool:
    return bcrypt.checkpw(raw.encode(HASHING["encoding"]), stored.encode("ascii"))


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password", "")
    if not email or len(password) < 12:
        abort(400)
    db = get_db()
    db.execute(
        "INSERT INTO auditor_account (email, company, password_hash) VALUES (%s, %s, %s)",
        (email, body.get("company", ""), hash_secret(password)),
    )
    db.commit()
    log.info("registered auditor account for %s", email)
    return jsonify({"email": email}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, password_hash FROM auditor_account WHERE email = %s",
        (body.get("email", "").strip().lower(),),
    ).fetchone()
    if row is None or not secret_matches(body.get("password", ""), row["password_hash"]):
        abort(401)
    return jsonify({"auditor_id": row["id"]})
