"""Login handling for the guide rota app with an audit log of attempts."""

from __future__ import annotations

import logging
from typing import Any, Mapping

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, jsonify, request, session

from rota.models import Guide

log = logging.getLogger("rota.auth")
bp = Blueprint("guide_auth", __name__)
hasher = PasswordHasher()

REDACTED_FIELDS = frozenset({"password", "otp", "token", "refresh_token"})


def redact(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: ("[redacted]" if k.lower() in REDACTED_FIELDS else v) for k, v in payload.items()}


def _check(guide: Guide | None, password: str) -> bool:
    if guide is None:
        return False
    try:
        return hasher.verify(guide.password_hash, password)
    except VerifyMismatchError:
        return False


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    log.info("guide login attempt from %s: %s", request.remote_addr, redact(payload))
    email = str(payload.get("email", "")).strip().lower()
    guide = Guide.query.filter_by(email=email, active=True).first()
    if not _check(guide, str(payload.get("password", ""))):
        log.warning("guide login failed for %s", email)
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["guide_id"] = guide.id
    log.info("guide %s signed in", guide.id)
    return jsonify(name=guide.name, role=guide.role)
