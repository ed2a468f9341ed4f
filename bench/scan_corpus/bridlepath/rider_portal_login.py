"""Sign-in view for the rider members' portal."""
from __future__ import annotations

import logging

import bcrypt
from flask import Blueprint, redirect, render_template, request, session, url_for

from bridlepath.membership import MemberRepository

log = logging.getLogger("portal.auth")

bp = Blueprint("portal_auth", __name__)

members = MemberRepository()
LOCKOUT_AFTER = 8


def _check(member, password: str) -> bool:
    if member is None or member.password_hash is None:
        return False
    return bcrypt.checkpw(password.encode("utf-8"), member.password_hash.encode("ascii"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    member = members.by_email(email)

    if member is not None and member.failed_logins >= LOCKOUT_AFTER:
        log.warning("locked account sign-in attempt for %s from %s", email, request.remote_addr)
        return render_template("portal/login.html", error="Account locked, please reset your password."), 403

    if not _check(member, password):
        log.warning(
            "failed sign-in for %s from %s (password=%r)", email, request.remote_addr, password
        )
        if member is not None:
            members.record_failure(member.id)
        return render_template("portal/login.html", error="Email or password not recognised."), 401

    members.reset_failures(member.id)
    session.clear()
    session["member_id"] = member.id
    log.info("member %s signed in", member.membership_number)
    return redirect(url_for("portal.dashboard"))


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("portal_auth.login"))
