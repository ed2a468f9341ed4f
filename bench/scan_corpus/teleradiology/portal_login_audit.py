"""Sign-in with an audit trail for the referring-clinic portal.

Every attempt is written to the application log and to the audit table that
the compliance team reviews; only the account identifier, source address and
outcome are recorded.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, jsonify, request, session

from .models import LoginAudit, PortalUser, db

bp = Blueprint("portal_login", __name__, url_prefix="/portal/api")
log = logging.getLogger("portal.login")
hasher = PasswordHasher()


def _audit(email: str, user_id: int | None, outcome: str) -> None:
    db.session.add(
        LoginAudit(
            email=email,
            user_id=user_id,
            outcome=outcome,
            source_ip=request.remote_addr,
            user_agent=request.user_agent.string[:255],
            at=datetime.now(timezone.utc),
        )
    )
    db.session.commit()


@bp.post("/login")
def login():
    form = request.get_json(silent=True) or {}
    email = str(form.get("email", "")).strip().lower()
    password = str(form.get("password", ""))
    user = PortalUser.query.filter_by(email=email, active=True).first()

    try:
        if user is None:
            raise VerifyMismatchError()
        hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        log.warning("portal login failed email=%s ip=%s", email, request.remote_addr)
        _audit(email, user.id if user else None, "failure")
        return jsonify(error="invalid credentials"), 401

    session.clear()
    session["portal_user_id"] = user.id
    session["clinic_id"] = user.clinic_id
    log.info("portal login ok user_id=%s clinic=%s ip=%s", user.id, user.clinic_id, request.remote_addr)
    _audit(email, user.id, "success")
    return jsonify(status="ok", clinic_id=user.clinic_id)
