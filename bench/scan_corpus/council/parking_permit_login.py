"""Sign-in for the resident parking permit account.

Residents log in with their permit account email and a one-time code sent by
text; the session is tracked by an opaque server-side token.
"""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from parking.accounts import verify_login_code
from parking.sessions import create_session, revoke_session

bp = Blueprint("permit_login", __name__)

SESSION_COOKIE = "permit_sid"
SESSION_LENGTH = timedelta(hours=2)


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if request.method == "GET":
        return render_template("parking/sign_in.html")

    account = verify_login_code(request.form["email"], request.form["code"])
    if account is None:
        return render_template("parking/sign_in.html", error="That code did not match"), 401

    sid = secrets.token_urlsafe(32)
    create_session(sid, account_id=account.id, ttl=SESSION_LENGTH)

    resp = redirect(url_for("permits.dashboard"))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_LENGTH.total_seconds()),
        path="/",
        samesite="Lax",
        domain=current_app.config.get("PERMIT_COOKIE_DOMAIN"),
    )
    return resp


@bp.post("/sign-out")
def sign_out():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        revoke_session(sid)
    resp = redirect(url_for(".sign_in"))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
