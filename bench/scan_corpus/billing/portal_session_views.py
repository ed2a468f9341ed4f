"""Customer portal login/logout views."""
from datetime import timedelta

from flask import Blueprint, redirect, request, url_for

from portal.auth import authenticate, create_session, revoke_session

bp = Blueprint("portal_session", __name__)
SESSION_TTL = timedelta(hours=8)
COOKIE_NAME = "portal_sid"


@bp.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("portal_session.login_form", error=1))
    session_id = create_session(user.id, ttl=SESSION_TTL)
    resp = redirect(url_for("portal.dashboard"))
    resp.set_cookie(
        COOKIE_NAME,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="Lax",
    )
    return resp


@bp.post("/logout")
def logout():
    revoke_session(request.cookies.get(COOKIE_NAME, ""))
    resp = redirect(url_for("portal_session.login_form"))
    resp.delete_cookie(COOKIE_NAME)
    return resp
