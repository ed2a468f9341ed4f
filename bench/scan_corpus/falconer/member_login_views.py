"""Sign-in for annual pass holders on the visitor website.

Annual members can book free entry slots and member-only owl evenings once
signed in. Sessions are server-side rows keyed by a random token.
"""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, redirect, render_template, request, url_for
from passlib.hash import argon2

from falconer.members.repository import create_session, find_member_by_email

bp = Blueprint("member_auth", __name__, url_prefix="/members")

SESSION_COOKIE_NAME = "fc_member"
SESSION_LIFETIME = timedelta(days=14)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


def _start_session(member_id: int) -> str:
    token = secrets.token_urlsafe(32)
    create_session(member_id, token, expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME)
    return token


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("members/login.html")

    member = find_member_by_email(request.form.get("email", "").strip().lower())
    if member is None or not argon2.verify(request.form.get("password", ""), member.password_hash):
        return render_template("members/login.html", error="Email or password not recognised"), 401

    response = redirect(url_for("members.dashboard"))
    response.set_cookie(SESSION_COOKIE_NAME, _start_session(member.id), **COOKIE_OPTIONS)
    return response


@bp.route("/logout", methods=["POST"])
def logout():
    response = redirect(url_for("public.home"))
    response.delete_cookie(SESSION_COOKIE_NAME, path="/")
    return response
