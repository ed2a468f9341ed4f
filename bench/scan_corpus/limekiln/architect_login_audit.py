"""Sign-in endpoint for conservation architects with an audit trail of attempts."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from flask import Blueprint, jsonify, request, session
from sqlalchemy import select

from .models import Architect, LoginAttempt, db

bp = Blueprint("architect_login", __name__)
audit = logging.getLogger("audit.login")


def _client_ip() -> str:
    return request.headers.get("X-Real-IP", request.remote_addr or "-")


def _record(email: str, ok: bool) -> None:
    db.session.add(
        LoginAttempt(email=email, ok=ok, ip=_client_ip(), at=datetime.now(timezone.utc))
    )
    db.session.commit()


@bp.post("/architects/sign-in")
def sign_in():
    form = request.get_json(force=True) or {}
    email = str(form.get("email", "")).strip().lower()
    password = str(form.get("password", ""))
    architect = db.session.scalars(
        select(Architect).where(Architect.email == email)
    ).first()

    if architect is None or not bcrypt.checkpw(
        password.encode("utf-8"), architect.password_hash.encode("ascii")
    ):
        audit.warning("failed sign-in for %s from %s", email, _client_ip())
        _record(email, ok=False)
        return jsonify(error="invalid email or password"), 401

    session.clear()
    session["architect_id"] = architect.id
    audit.info("architect %s (%s) signed in from %s", architect.id, email, _client_ip())
    _record(email, ok=True)
    return jsonify(status="ok", practice=architect.practice)


@bp.post("/architects/sign-out")
def sign_out():
    architect_id = session.pop("architect_id", None)
    if architect_id is not None:
        audit.info("architect %s signed out", architect_id)
    return jsonify(status="signed-out")
