"""Login/logout views for the member portal (Flask)."""
from datetime import timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for

from portal.auth import authenticate_member, issue_session_token, revoke_session_token

bp = Blueprint("member_sessions", __name__)

SESSION_COOKIE = "member_session"
SESSION_TTL = timedelta(days=14)
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")
    member = authenticate_member(request.form["email"], request.form["password"])
    if member is None:
        flash("Email or password is incorrect.")
        return redirect(url_for("member_sessions.login"))
    token = issue_session_token(member, ttl=SESSION_TTL)
    resp = redirect(url_for("portal.dashboard"))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_OPTS)
    resp.set_cookie("preferred_club", str(member.home_club_id), secure=True, httponly=True, samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        revoke_session_token(token)
    resp = redirect(url_for("member_sessions.login"))
    resp.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="Lax")
    return resp
