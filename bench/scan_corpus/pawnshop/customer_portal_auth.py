"""Sign-in for the customer web portal (loan balances, extensions, layaway)."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, make_response, redirect, render_template, request, url_for

bp = Blueprint("portal_auth", __name__, url_prefix="/account")

SESSION_TTL = timedelta(minutes=30)
COOKIE_NAME = "portal_sid"
COOKIE_OPTIONS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/account",
}


def _sessions():
    return current_app.extensions["portal_sessions"]


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    customer = _sessions().authenticate(email, password)
    if customer is None:
        return render_template("portal/login.html", error="Email or password not recognised"), 401

    sid = secrets.token_urlsafe(32)
    _sessions().open(sid, customer.id, ttl=SESSION_TTL)
    resp = make_response(redirect(url_for("portal.dashboard")))
    resp.set_cookie(COOKIE_NAME, sid, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        _sessions().close(sid)
    resp = make_response(redirect(url_for("portal.home")))
    resp.delete_cookie(COOKIE_NAME, path=COOKIE_OPTIONS["path"])
    return resp
