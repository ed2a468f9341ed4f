"""Login and logout for the depot dispatch console."""
from datetime import timedelta

from flask import Blueprint, current_app, make_response, redirect, render_template, request, url_for

from knacker.dispatch.accounts import check_credentials, open_session, close_session

bp = Blueprint("console_auth", __name__)

SESSION_TTL = timedelta(hours=10)

SESSION_COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


def _cookie_name() -> str:
    return current_app.config.get("CONSOLE_COOKIE_NAME", "__Host-dispatch")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("console/login.html")
    user = check_credentials(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        return render_template("console/login.html", error="Unknown user or password"), 401
    session_id = open_session(user, ttl=SESSION_TTL, remote_addr=request.remote_addr)
    response = make_response(redirect(url_for("dispatch.board")))
    response.set_cookie(_cookie_name(), session_id, **SESSION_COOKIE_OPTIONS)
    return response


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(_cookie_name())
    if session_id:
        close_session(session_id)
    response = make_response(redirect(url_for("console_auth.login")))
    response.delete_cookie(_cookie_name(), path="/", secure=True, httponly=True, samesite="Strict")
    return response
