"""Parent portal sign-in with an audit trail of failed attempts."""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from werkzeug.datastructures import MultiDict

from .db import get_connection

audit_log = logging.getLogger("portal.audit")
bp = Blueprint("parent_login", __name__)
hasher = PasswordHasher()


def _attempt_summary(form: MultiDict, remote_addr: str | None) -> str:
    fields = ", ".join(f"{key}={value}" for key, value in form.items())
    return f"ip={remote_addr} {fields}"


def _load_account(email: str):
    with get_connection() as conn:
        return conn.execute(
            "SELECT id, password_hash, locked FROM parent_accounts WHERE email = %s",
            (email,),
        ).fetchone()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("parents/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    account = _load_account(email)

    try:
        if account is None or account[2]:
            raise VerificationError("unknown or locked account")
        hasher.verify(account[1], password)
    except VerificationError:
        audit_log.warning("Failed parent login: %s", _attempt_summary(request.form, request.remote_addr))
        return render_template("parents/login.html", error="Email or password is incorrect."), 401

    if hasher.check_needs_rehash(account[1]):
        with get_connection() as conn:
            conn.execute(
                "UPDATE parent_accounts SET password_hash = %s WHERE id = %s",
                (hasher.hash(password), account[0]),
            )

    session.clear()
    session["parent_id"] = account[0]
    audit_log.info("Parent %s signed in from %s", account[0], request.remote_addr)
    return redirect(url_for("parent_portal.dashboard"))


@bp.post("/logout")
def logout():
    if "parent_id" not in session:
        abort(400)
    session.clear()
    return redirect(url_for("parent_login.login"))
