"""One-time code sign-in for landowners reviewing access agreements.

Many landowners only check the portal once a year, so instead of a password
they receive a six-digit code by email that is valid for ten minutes.
"""
from __future__ import annotations

import secrets

import redis
from flask import Blueprint, current_app, jsonify, request, session

from bridlepath.landowners import find_by_email, send_code_email

bp = Blueprint("landowner_auth", __name__, url_prefix="/landowners/auth")

CODE_TTL_SECONDS = 600
MAX_ATTEMPTS = 5


def _redis() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"])


def _key(landowner_id: int, suffix: str) -> str:
    return f"landowner:{landowner_id}:otp:{suffix}"


@bp.post("/request-code")
def request_code():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    landowner = find_by_email(email)
    if landowner is not None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        r = _redis()
        r.setex(_key(landowner.id, "code"), CODE_TTL_SECONDS, code)
        r.delete(_key(landowner.id, "attempts"))
        send_code_email(landowner, code)
    return jsonify(status="if the address is registered, a code has been sent")


@bp.post("/verify")
def verify_code():
    data = request.get_json(force=True)
    landowner = find_by_email((data.get("email") or "").strip().lower())
    if landowner is None:
        return jsonify(error="invalid code"), 401
    r = _redis()
    attempts = r.incr(_key(landowner.id, "attempts"))
    r.expire(_key(landowner.id, "attempts"), CODE_TTL_SECONDS)
    if attempts > MAX_ATTEMPTS:
        return jsonify(error="too many attempts"), 429
    stored = r.get(_key(landowner.id, "code"))
    submitted = str(data.get("code", "")).strip()
    if stored is None or stored.decode() != submitted:
        return jsonify(error="invalid code"), 401
    r.delete(_key(landowner.id, "code"), _key(landowner.id, "attempts"))
    session.clear()
    session["landowner_id"] = landowner.id
    return jsonify(status="signed in")
