"""Sign-in events for the member booking site, written to the audit log."""
from __future__ import annotations

import hashlib
import logging

from flask import Blueprint, abort, redirect, request, session, url_for

from .accounts import authenticate_member

bp = Blueprint("signin", __name__)
audit = logging.getLogger("cidermill.audit.signin")


def _email_fingerprint(email: str) -> str:
    return hashlib.sha256(email.encode("utf-8")).hexdigest()[:12]


@bp.post("/signin")
def signin():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if not email or not password:
        abort(400)
    member = authenticate_member(email, password)
    if member is None:
        audit.warning(
            "sign-in failed for %s from %s",
            _email_fingerprint(email),
            request.remote_addr,
        )
        abort(401)
    session.clear()
    session["member_id"] = member.id
    audit.info("sign-in ok member=%s from %s", member.id, request.remote_addr)
    return redirect(url_for("bookings.mine"))


@bp.post("/signout")
def signout():
    member_id = session.pop("member_id", None)
    session.clear()
    if member_id is not None:
        audit.info("sign-out member=%s", member_id)
    return redirect(url_for("signin_page"))
