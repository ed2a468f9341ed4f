"""Pupil and parent sign-in with an audit log of attempts."""
from __future__ import annotations

import logging

from flask import Blueprint, jsonify, request, session
from passlib.context import CryptContext

from .db import find_pupil_account, note_login_attempt

audit = logging.getLogger("audit.pupil_login")
bp = Blueprint("pupil_login", __name__, url_prefix="/pupils")

pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")


def _client_ip() -> str:
    return request.headers.get("X-Real-IP", request.remote_addr or "?")


@bp.post("/login")
def pupil_login():
    payload = request.get_json(silent=True) or {}
    username = str(payload.get("username", "")).strip().lower()
    password = str(payload.get("password", ""))
    account = find_pupil_account(username)

    valid = account is not None and pwd_context.verify(password, account.password_hash)
    note_login_attempt(username, _client_ip(), success=valid)
    audit.info(
        "pupil login %s for username=%r from %s",
        "succeeded" if valid else "failed",
        username,
        _client_ip(),
    )
    if not valid:
        return jsonify({"error": "invalid username or password"}), 401

    if pwd_context.needs_update(account.password_hash):
        account.password_hash = pwd_context.hash(password)
        account.save()

    session.clear()
    session["pupil_id"] = account.id
    return jsonify({"pupil_id": account.id, "display_name": account.display_name})


@bp.post("/logout")
def pupil_logout():
    pupil_id = session.pop("pupil_id", None)
    session.clear()
    audit.info("pupil logout id=%s from %s", pupil_id, _client_ip())
    return "", 204
