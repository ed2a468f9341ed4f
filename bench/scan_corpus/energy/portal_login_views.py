"""Sign-in and sign-out views for the customer self-service portal."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from .accounts import authenticate
from .sessions import SessionStore

bp = Blueprint("portal_auth", __name__)

SESSION_TTL = timedelta(hours=8)
COOKIE_NAME = "portal_session"


def _store() -> SessionStore:
    return current_app.extensions["session_store"]


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")

    account = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if account is None:
        return render_template("portal/login.html", error="Email or password is incorrect."), 401

    token = secrets.token_urlsafe(32)
    _store().create(token, account.account_number, ttl=SESSION_TTL)
    resp = redirect(url_for("portal.dashboard"))
    resp.set_cookie(COOKIE_NAME, token, max_age=int(SESSION_TTL.total_seconds()), path="/")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(COOKIE_NAME)
    if token:
        _store().delete(token)
    resp = redirect(url_for("portal_auth.login"))
    resp.delete_cookie(COOKIE_NAME, path="/")
    return resp
