"""Sign-in for the client portal."""
import logging
from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for

from .accounts import find_account, password_matches
from .ratelimit import too_many_attempts, record_failure

bp = Blueprint("portal_auth", __name__)
log = logging.getLogger("portal.auth")

SESSION_LIFETIME = timedelta(hours=8)


def _client_ip() -> str:
    return request.headers.get("X-Real-IP", request.remote_addr or "-")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")

    email = request.form.get("email", "").strip().lower()
    ip = _client_ip()
    if too_many_attempts(email, ip):
        log.warning("login throttled for %s from %s", email, ip)
        return render_template("portal/login.html", error="Too many attempts, try later"), 429

    account = find_account(email)
    if account is None or not password_matches(account, request.form.get("password", "")):
        record_failure(email, ip)
        log.info("failed portal login from %s: %s", ip, request.form.to_dict())
        flash("Email or password is incorrect.")
        return render_template("portal/login.html", email=email), 401

    session.clear()
    session.permanent = True
    current_app.permanent_session_lifetime = SESSION_LIFETIME
    session["client_id"] = account.id
    session["copy_ids"] = account.certified_copy_ids()
    log.info("client %s signed in from %s", account.id, ip)
    return redirect(url_for("portal.dashboard"))


@bp.post("/logout")
def logout():
    client_id = session.get("client_id")
    session.clear()
    if client_id:
        log.info("client %s signed out", client_id)
    return redirect(url_for("portal_auth.login"))
