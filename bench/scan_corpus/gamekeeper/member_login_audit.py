"""Audit trail of member portal sign-ins.

Records successful and failed sign-ins so the club secretary can spot
accounts being guessed at, and locks an account after repeated failures.
"""
import logging
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, request, session
from werkzeug.security import check_password_hash

from gamekeeper.extensions import db
from gamekeeper.models import ClubMember, LoginEvent

audit = logging.getLogger("gamekeeper.audit.login")
bp = Blueprint("member_login", __name__)

LOCK_AFTER = 5
LOCK_WINDOW = timedelta(minutes=15)


def _recent_failures(member_id: int) -> int:
    since = datetime.now(timezone.utc) - LOCK_WINDOW
    return LoginEvent.query.filter(
        LoginEvent.member_id == member_id,
        LoginEvent.success.is_(False),
        LoginEvent.at >= since,
    ).count()


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    member = ClubMember.query.filter_by(email=email).first()
    remote = request.headers.get("X-Forwarded-For", request.remote_addr)

    if member is None:
        audit.info("sign-in for unknown email %s from %s", email, remote)
        abort(401)
    if _recent_failures(member.id) >= LOCK_AFTER:
        audit.warning("sign-in refused for locked member %s from %s", member.id, remote)
        abort(423)

    ok = check_password_hash(member.password_hash, password)
    db.session.add(LoginEvent(member_id=member.id, success=ok, ip=remote))
    db.session.commit()
    if not ok:
        audit.warning(
            "password rejected for member %s from %s (password length %d)",
            member.id, remote, len(password),
        )
        abort(401)
    session.clear()
    session["member_id"] = member.id
    audit.info("member %s signed in from %s", member.id, remote)
    return {"ok": True}
