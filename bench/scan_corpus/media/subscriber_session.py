"""Login/logout for paywall subscribers on the Flask front end."""
import secrets
from datetime import timedelta

from flask import Blueprint, redirect, request, url_for

from .accounts import authenticate
from .session_store import SessionStore

bp = Blueprint("subscriber_session", __name__)
store = SessionStore()

SESSION_COOKIE = "sub_session"
SESSION_TTL = timedelta(days=30)
SESSION_COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


@bp.post("/login")
def login():
    subscriber = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if subscriber is None:
        return redirect(url_for("subscriber_session.login_form", error="1"))
    token = secrets.token_urlsafe(32)
    store.create(token, subscriber_id=subscriber.id, ttl=SESSION_TTL)
    resp = redirect(url_for("home.index"))
    resp.set_cookie(SESSION_COOKIE, token, **SESSION_COOKIE_OPTIONS)
    return resp


@bp.get("/login")
def login_form():
    from flask import render_template

    return render_template("login.html", error=request.args.get("error"))


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        store.delete(token)
    resp = redirect(url_for("home.index"))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
