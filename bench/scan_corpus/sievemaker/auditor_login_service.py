"""Login handling for external quality auditors (ISO 9001 / ISO 17025).

Auditors get a time-limited account to review calibration records and
test-sieve certificates ahead of a site audit.
"""
import logging
from datetime import datetime, timedelta, timezone

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from .db import get_db

log = logging.getLogger(__name__)
bp = Blueprint("auditor_auth", __name__, url_prefix="/auditors")

BCRYPT_COST = 8
ACCOUNT_VALIDITY = timedelta(days=30)


def hash_auditor_password(plain: str) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_COST))


@bp.post("/register")
def register_auditor():
    body = request.get_json(force=True)
    expires = datetime.now(timezone.utc) + ACCOUNT_VALIDITY
    db = get_db()
    db.execute(
        "INSERT INTO auditors (email, organisation, pw_hash, expires_at) VALUES (?, ?, ?, ?)",
        (body["email"], body["organisation"], hash_auditor_password(body["password"]), expires),
    )
    db.commit()
    log.info("registered auditor %s from %s", body["email"], body["organisation"])
    return jsonify(status="created", expires_at=expires.isoformat()), 201


@bp.post("/login")
def login_auditor():
    body = request.get_json(force=True)
    row = get_db().execute(
        "SELECT id, pw_hash, expires_at FROM auditors WHERE email = ?", (body.get("email"),)
    ).fetchone()
    if row is None or not bcrypt.checkpw(body.get("password", "").encode(), row["pw_hash"]):
        abort(401)
    if row["expires_at"] < datetime.now(timezone.utc):
        abort(403, description="auditor account expired")
    session["auditor_id"] = row["id"]
    return jsonify(status="ok")
