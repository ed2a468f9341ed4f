"""Login and logout views for the client portal.

Client facilities managers sign in to review job progress, certificates and
survey imagery. Sessions are server-side; the cookie only carries the opaque
session id.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, make_response, redirect, render_template, request, url_for

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")

SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE = {
    "key": "rp_portal_session",
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/portal",
    "secure": False,
    "httponly": True,
    "samesite": "Lax",
}


def _sessions():
    return current_app.extensions["portal_sessions"]


def _users():
    return current_app.extensions["portal_users"]


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    user = _users().authenticate(email, password)
    if user is None:
        return render_template("portal/login.html", error="Email or password not recognised"), 401
    session_id = secrets.token_urlsafe(32)
    _sessions().create(session_id, user_id=user.id, ttl=SESSION_TTL)
    response = make_response(redirect(url_for("portal.dashboard")))
    response.set_cookie(value=session_id, **SESSION_COOKIE)
    return response


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE["key"])
    if session_id:
        _sessions().revoke(session_id)
    response = make_response(redirect(url_for("portal_auth.login")))
    response.delete_cookie(SESSION_COOKIE["key"], path=SESSION_COOKIE["path"])
    return response
