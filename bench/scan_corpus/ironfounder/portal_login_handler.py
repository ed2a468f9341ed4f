"""Login form handling for the customer drawings portal.

Customers sign in with their email and password. Login attempts are
recorded to the application log so support can help customers who are
having trouble getting in.
"""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user

from portal.accounts import authenticate
from portal.db import db_session
from portal.ratelimit import too_many_attempts

bp = Blueprint("login", __name__)
audit = logging.getLogger("portal.login")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    form = request.form.to_dict()
    audit.info("login attempt from %s: %s", _client_ip(), form)
    email = form.get("email", "").strip().lower()
    if too_many_attempts(email, _client_ip()):
        flash("Too many attempts, please wait a few minutes.")
        return render_template("login.html"), 429
    user = authenticate(db_session, email, form.get("password", ""))
    if user is None:
        audit.warning("login failed for %s from %s", email, _client_ip())
        flash("Email or password not recognised.")
        return render_template("login.html"), 401
    login_user(user, remember=form.get("remember") == "on")
    audit.info("login ok for %s (account %s)", email, user.company_code)
    return redirect(url_for("drawings.list_drawings"))
