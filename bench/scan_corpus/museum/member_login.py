"""Login and logout routes for the members' area of the museum website."""
import secrets
from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for

from .accounts import authenticate
from .sessions import store_session, drop_session

bp = Blueprint("member_login", __name__, url_prefix="/members")

SESSION_COOKIE = "members_session"
SESSION_LIFETIME = timedelta(days=14)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "httponly": True,
    "samesite": "Lax",
    "path": "/members",
}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("members/login.html")

    member = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if member is None:
        flash("That email and password did not match our records.")
        return render_template("members/login.html"), 401

    token = secrets.token_urlsafe(32)
    store_session(token, member.id, ttl=SESSION_LIFETIME)
    resp = redirect(url_for("members.dashboard"))
    resp.set_cookie(SESSION_COOKIE, token, **COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        drop_session(token)
    resp = redirect(url_for("public.home"))
    resp.delete_cookie(SESSION_COOKIE, path="/members")
    return resp
