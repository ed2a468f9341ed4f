"""Login/logout for the crew self-service portal (roster, bidding, swaps)."""
import secrets

from flask import Blueprint, make_response, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash

from .models import CrewMember
from .session_store import sessions

bp = Blueprint("auth", __name__, url_prefix="/auth")

SESSION_COOKIE = "crew_session"
SESSION_TTL_S = 8 * 3600  # one duty day


@bp.get("/login")
def login_form():
    return render_template("auth/login.html")


@bp.post("/login")
def login():
    staff_no = request.form.get("staff_no", "").strip()
    password = request.form.get("password", "")
    member = CrewMember.query.filter_by(staff_no=staff_no, active=True).first()
    if member is None or not check_password_hash(member.password_hash, password):
        return render_template("auth/login.html", error="Invalid staff number or password"), 401

    token = secrets.token_urlsafe(32)
    sessions.put(token, member.id, ttl=SESSION_TTL_S)

    resp = make_response(redirect(url_for("roster.my_roster")))
    resp.set_cookie(SESSION_COOKIE, token, max_age=SESSION_TTL_S)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        sessions.delete(token)
    resp = make_response(redirect(url_for("auth.login_form")))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
