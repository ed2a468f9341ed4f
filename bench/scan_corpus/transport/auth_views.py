"""Login/logout for the partner portal (opaque session token in a cookie)."""
from datetime import timedelta

from flask import Blueprint, make_response, redirect, render_template, request, url_for

from portal.auth import authenticate, issue_session_token, revoke_session_token

bp = Blueprint("auth", __name__)

SESSION_TTL = timedelta(hours=8)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = authenticate(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        return render_template("login.html", error="Invalid email or password"), 401
    token = issue_session_token(user, ttl=SESSION_TTL)
    resp = make_response(redirect(url_for("dashboard.index")))
    resp.set_cookie(
        "portal_session",
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get("portal_session")
    if token:
        revoke_session_token(token)
    resp = make_response(redirect(url_for("auth.login")))
    resp.delete_cookie("portal_session", secure=True, httponly=True, samesite="Lax")
    return resp
