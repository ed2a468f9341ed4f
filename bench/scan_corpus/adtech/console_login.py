"""Login and logout views for the advertiser self-serve console."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for

from console.auth import SessionStore, check_credentials
from console.ratelimit import limit

bp = Blueprint("auth", __name__)

SESSION_COOKIE = "adv_console_sid"
SESSION_TTL = timedelta(hours=12)


def _store() -> SessionStore:
    return current_app.extensions["session_store"]


@bp.route("/login", methods=["GET", "POST"])
@limit("10/minute")
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    user = check_credentials(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        flash("Email or password is incorrect.", "error")
        return render_template("auth/login.html"), 401

    sid = secrets.token_urlsafe(32)
    _store().create(sid, user_id=user.id, ttl=SESSION_TTL)

    resp = redirect(url_for("dashboard.home"))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="Lax",
        domain=current_app.config.get("CONSOLE_COOKIE_DOMAIN"),
    )
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        _store().delete(sid)
    resp = redirect(url_for("auth.login"))
    resp.delete_cookie(SESSION_COOKIE, domain=current_app.config.get("CONSOLE_COOKIE_DOMAIN"))
    return resp
