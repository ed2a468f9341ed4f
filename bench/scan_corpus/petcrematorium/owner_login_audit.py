"""Owner portal login with an audit trail of failed attempts."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, redirect, render_template, request, session, url_for

from .models import OwnerAccount, db

bp = Blueprint("owner_login", __name__)
audit = logging.getLogger("portal.audit")
_hasher = PasswordHasher()


def _attempt_context() -> dict:
    return {
        "ip": request.headers.get("X-Forwarded-For", request.remote_addr),
        "user_agent": request.user_agent.string,
        "form": request.form.to_dict(),
        "at": datetime.now(timezone.utc).isoformat(),
    }


def _record_failure(reason: str) -> None:
    audit.warning("owner login failed (%s): %s", reason, _attempt_context())


@bp.route("/portal/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    account = OwnerAccount.query.filter_by(email=email).first()
    if account is None:
        _record_failure("unknown account")
        return render_template("portal/login.html", error="Invalid email or password"), 401

    try:
        _hasher.verify(account.password_hash, password)
    except VerifyMismatchError:
        _record_failure("bad password")
        return render_template("portal/login.html", error="Invalid email or password"), 401

    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
    account.last_login_at = datetime.now(timezone.utc)
    db.session.commit()

    session.clear()
    session["owner_id"] = account.id
    audit.info("owner %s logged in", account.id)
    return redirect(url_for("portal.dashboard"))
