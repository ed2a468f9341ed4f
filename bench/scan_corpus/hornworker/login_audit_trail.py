"""Audit trail for sign-ins to the web shop and the trade portal."""
import logging
from datetime import datetime, timezone

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from hornworker.accounts import authenticate

bp = Blueprint("auth", __name__)
audit = logging.getLogger("hornworker.audit.login")


def client_ip() -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    return forwarded.split(",")[0].strip() or request.remote_addr or "-"


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    account = authenticate(email, password)
    if account is None:
        audit.warning(
            "login failed email=%s ip=%s agent=%s",
            email,
            client_ip(),
            request.user_agent.string[:120],
        )
        flash("Email or password not recognised.")
        return redirect(url_for("auth.login"))
    session.clear()
    session["account_id"] = account.id
    audit.info(
        "login ok account=%s ip=%s at=%s",
        account.id,
        client_ip(),
        datetime.now(timezone.utc).isoformat(),
    )
    return redirect(url_for("shop.home"))


@bp.post("/logout")
def logout():
    audit.info("logout account=%s ip=%s", session.get("account_id"), client_ip())
    session.clear()
    return redirect(url_for("shop.home"))
