"""Session handling for the customer self-care portal (login / logout)."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from .accounts import verify_login

bp = Blueprint("session", __name__)

SESSION_TTL = timedelta(hours=8)
COOKIE_NAME = "sc_session"
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")

    account = verify_login(request.form.get("account", ""), request.form.get("password", ""))
    if account is None:
        return render_template("login.html", error="Account number or password not recognised"), 401

    token = secrets.token_urlsafe(32)
    current_app.extensions["session_store"].create(token, account_id=account.id, ttl=SESSION_TTL)
    response = redirect(url_for("dashboard.home"))
    response.set_cookie(COOKIE_NAME, token, **COOKIE_OPTIONS)
    return response


@bp.post("/logout")
def logout():
    token = request.cookies.get(COOKIE_NAME)
    if token:
        current_app.extensions["session_store"].delete(token)
    response = redirect(url_for("session.login"))
    response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="Lax")
    return response
