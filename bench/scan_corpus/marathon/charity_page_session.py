"""Login/logout views for runners managing their charity fundraising page."""
from datetime import timedelta

from flask import Blueprint, current_app, make_response, redirect, request, url_for

from charity.accounts import authenticate, issue_session_token, revoke_session_token

bp = Blueprint("charity_session", __name__)

COOKIE_NAME = "cp_session"
COOKIE_OPTS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


def _max_age() -> int:
    lifetime = current_app.config.get("CHARITY_SESSION_LIFETIME", timedelta(days=7))
    return int(lifetime.total_seconds())


@bp.post("/login")
def login():
    runner = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if runner is None:
        return redirect(url_for("charity_session.login_form", error="1"))
    resp = make_response(redirect(url_for("pages.dashboard")))
    resp.set_cookie(COOKIE_NAME, issue_session_token(runner.id), max_age=_max_age(), **COOKIE_OPTS)
    return resp


@bp.get("/login")
def login_form():
    return current_app.send_static_file("login.html")


@bp.post("/logout")
def logout():
    revoke_session_token(request.cookies.get(COOKIE_NAME))
    resp = make_response(redirect(url_for("charity_session.login_form")))
    resp.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
