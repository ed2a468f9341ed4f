"""Login view for the tower correspondents' area, with audit logging.

Failed attempts are logged so the web secretary can spot correspondents
who are locked out or scripts trying the login form.
"""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user

from bellringer.auth import authenticate, record_failed_attempt, too_many_attempts

bp = Blueprint("correspondent_auth", __name__)
audit = logging.getLogger("bellringer.audit.login")


def _client_ip() -> str:
    return request.remote_addr or "unknown"


@bp.route("/correspondents/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("correspondents/login.html")

    submitted = request.form.to_dict()
    email = submitted.get("email", "").strip().lower()
    ip = _client_ip()

    if too_many_attempts(email, ip):
        audit.warning("Login throttled for %s from %s", email, ip)
        flash("Too many attempts, please wait a few minutes.")
        return render_template("correspondents/login.html"), 429

    user = authenticate(email, submitted.get("password", ""))
    if user is None:
        record_failed_attempt(email, ip)
        audit.warning("Failed correspondent login from %s: %s", ip, submitted)
        flash("Email or password not recognised.")
        return render_template("correspondents/login.html"), 401

    login_user(user, remember=submitted.get("remember") == "on")
    audit.info("Correspondent %s logged in from %s", user.id, ip)
    return redirect(url_for("correspondents.dashboard"))
