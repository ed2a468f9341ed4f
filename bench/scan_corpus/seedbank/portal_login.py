"""Login view for the seed bank's researcher portal."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template, request, url_for

bp = Blueprint("portal_login", __name__)

SESSION_COOKIE = "sbportal_sid"
SESSION_TTL = timedelta(hours=8)
COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


@bp.get("/login")
def login_form():
    return render_template("portal/login.html", error=None)


@bp.post("/login")
def login():
    accounts = current_app.extensions["accounts"]
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    account = accounts.authenticate(email, password)
    if account is None:
        return render_template("portal/login.html", error="Invalid email or password"), 401

    sid = secrets.token_urlsafe(32)
    current_app.extensions["sessions"].create(sid, account.id, ttl=SESSION_TTL)
    resp = redirect(url_for("portal.dashboard"))
    resp.set_cookie(SESSION_COOKIE, sid, **COOKIE_OPTS)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        current_app.extensions["sessions"].revoke(sid)
    resp = redirect(url_for("portal_login.login_form"))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
