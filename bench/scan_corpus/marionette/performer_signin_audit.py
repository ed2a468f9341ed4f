"""Audit trail for crew-portal sign-ins, kept for the company's safeguarding policy.

Touring performers work in schools, so the company keeps a record of who signed in
from where; failed attempts are logged to spot credential-stuffing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from flask import Blueprint, abort, request, session

from .models import Performer, SigninEvent, db

audit = logging.getLogger("marionette.audit")
bp = Blueprint("signin", __name__)


def _record(performer_id: int | None, email: str, success: bool) -> None:
    db.session.add(
        SigninEvent(
            performer_id=performer_id,
            email=email,
            ip=request.remote_addr,
            user_agent=request.user_agent.string[:200],
            success=success,
            at=datetime.now(timezone.utc),
        )
    )
    db.session.commit()


@bp.post("/signin")
def signin():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "").encode("utf-8")
    performer = db.session.execute(
        db.select(Performer).where(Performer.email == email)
    ).scalar_one_or_none()

    if performer is None or not bcrypt.checkpw(password, performer.password_hash.encode("ascii")):
        audit.warning("failed sign-in for %s from %s", email, request.remote_addr)
        _record(performer.id if performer else None, email, success=False)
        abort(401)

    session.clear()
    session["performer_id"] = performer.id
    audit.info("performer %s (%s) signed in from %s", performer.id, email, request.remote_addr)
    _record(performer.id, email, success=True)
    return {"ok": True}
