"""Login and logout views for the customer self-care portal."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from .accounts import verify_login
from .sessions import SessionStore

bp = Blueprint("login", __name__)

SESSION_TTL = timedelta(hours=8)
COOKIE_NAME = "sc_session"


def _store() -> SessionStore:
    return current_app.extensions["session_store"]


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")

    account = verify_login(request.form.get("account", ""), request.form.get("password", ""))
    if account is None:
        return render_template("login.html", error="Account number or password not recognised"), 401

    token = secrets.token_urlsafe(32)
    _store().create(token, account_id=account.id, ttl=SESSION_TTL)

    response = redirect(url_for("dashboard.home"))
    response.set_cookie(COOKIE_NAME, token, max_age=int(SESSION_TTL.total_seconds()))
    return response


@bp.post("/logout")
def logout():
    token = request.cookies.get(COOKIE_NAME)
    if token:
        _store().delete(token)
    response = redirect(url_for("login.login"))
    response.delete_cookie(COOKIE_NAME)
    return response
