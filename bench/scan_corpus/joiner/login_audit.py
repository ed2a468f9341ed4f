"""Login view for the workshop management app, with an audit trail.

Failed and successful sign-ins are written to the audit log so the office
manager can see who accessed customer drawings and pricing.
"""
import logging

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_user_by_email, record_login

bp = Blueprint("auth", __name__)
audit = logging.getLogger("audit.login")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


def _attempt(email: str, password: str):
    user = get_user_by_email(email)
    if user is None or not user["active"]:
        return None
    if not check_password_hash(user["password_hash"], password):
        return None
    return user


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    user = _attempt(email, password)

    if user is None:
        audit.warning("Failed login for %s from %s", email, _client_ip())
        flash("Email or password not recognised.")
        return render_template("auth/login.html", email=email), 401

    session.clear()
    session["user_id"] = user["id"]
    record_login(user["id"], _client_ip())
    audit.info("User %s (%s) signed in from %s", user["id"], email, _client_ip())
    return redirect(url_for("dashboard.index"))


@bp.post("/logout")
def logout():
    user_id = session.pop("user_id", None)
    if user_id is not None:
        audit.info("User %s signed out", user_id)
    session.clear()
    return redirect(url_for("auth.login"))
