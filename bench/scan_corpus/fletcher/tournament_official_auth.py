"""Login for tournament officials on the scoring back office."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from flask import Blueprint, abort, request, session

from fletcher.tournaments.models import Official, db

bp = Blueprint("official_auth", __name__, url_prefix="/officials")


@dataclass(frozen=True)
class OfficialHashPolicy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


POLICY = OfficialHashPolicy()


def derive(password: str, salt: bytes, policy: OfficialHashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt, policy.iterations)


def store_password(official: Official, password: str) -> None:
    salt = secrets.token_bytes(POLICY.salt_len)
    official.pw_salt = salt.hex()
    official.pw_hash = derive(password, salt).hex()
    official.pw_iterations = POLICY.iterations


def password_ok(official: Official, password: str) -> bool:
    policy = OfficialHashPolicy(iterations=max(official.pw_iterations, POLICY.iterations))
    candidate = derive(password, bytes.fromhex(official.pw_salt), policy)
    return hmac.compare_digest(candidate.hex(), official.pw_hash)


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    official = Official.query.filter_by(judge_number=payload.get("judge_number")).first()
    if official is None or not password_ok(official, payload.get("password", "")):
        abort(401)
    session.clear()
    session["official_id"] = official.id
    return {"ok": True, "name": official.display_name}


@bp.post("/password")
def change_password():
    official = db.session.get(Official, session.get("official_id"))
    if official is None:
        abort(401)
    new_password = (request.get_json(silent=True) or {}).get("password", "")
    if len(new_password) < 12:
        abort(400, "password too short")
    store_password(official, new_password)
    db.session.commit()
    return {"ok": True}
