"""Form-based sign-in for the referring-clinic web portal."""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from .models import PortalUser, db

bp = Blueprint("portal_auth", __name__)
log = logging.getLogger("portal.auth")
hasher = PasswordHasher()


def _check(user: PortalUser | None, password: str) -> bool:
    if user is None or not user.active:
        return False
    try:
        hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
        db.session.commit()
    return True


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")

    log.debug("portal login attempt from %s: %s", request.remote_addr, request.form.to_dict())
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    user = PortalUser.query.filter_by(email=email).first()

    if not _check(user, password):
        log.warning("failed portal login for %s from %s", email, request.remote_addr)
        flash("Email or password is incorrect.")
        return render_template("portal/login.html", email=email), 401

    session.clear()
    session["portal_user_id"] = user.id
    session["clinic_id"] = user.clinic_id
    log.info("portal user %s signed in for clinic %s", user.id, user.clinic_id)
    return redirect(url_for("portal.dashboard"))


@bp.post("/logout")
def logout():
    user_id = session.get("portal_user_id")
    session.clear()
    if user_id is not None:
        log.info("portal user %s signed out", user_id)
    return redirect(url_for("portal_auth.login"))
