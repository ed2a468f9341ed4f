"""Login form for tutors and office staff, with an audit trail."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_staff_by_email, record_login

audit = logging.getLogger("audit.login")
bp = Blueprint("staff_login", __name__)

MAX_FAILED = 5


def _client_ip() -> str:
    return request.headers.get("X-Real-IP", request.remote_addr or "?")


@bp.route("/staff/login", methods=["GET", "POST"])
def staff_login():
    if request.method == "GET":
        return render_template("staff/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    staff = get_staff_by_email(email)

    if staff is None or staff.failed_logins >= MAX_FAILED \
            or not check_password_hash(staff.password_hash, password):
        if staff is not None:
            staff.failed_logins += 1
            record_login(staff, success=False)
        audit.warning("failed staff login from %s: %s", _client_ip(), request.form.to_dict())
        flash("Email or password not recognised.")
        return render_template("staff/login.html", email=email), 401

    staff.failed_logins = 0
    record_login(staff, success=True)
    session.clear()
    session["staff_id"] = staff.id
    session["role"] = staff.role
    audit.info("staff login ok: %s (%s) at %s", staff.email, _client_ip(),
               datetime.now(timezone.utc).isoformat())
    return redirect(url_for("office.dashboard"))


@bp.post("/staff/logout")
def staff_logout():
    staff_id = session.pop("staff_id", None)
    session.clear()
    if staff_id is not None:
        audit.info("staff logout: id=%s from %s", staff_id, _client_ip())
    return redirect(url_for("staff_login.staff_login"))
