"""Sign-in and sign-out views for the cask ordering customer portal.

Buyers sign in with email and password; a server-side session row is
created and its id handed to the browser so order pages and repair
tickets load for the right distillery.
"""
import secrets
from datetime import datetime, timedelta, timezone

import bcrypt
from flask import Blueprint, make_response, redirect, render_template, request, url_for

from cooperage.db import get_connection

bp = Blueprint("portal_auth", __name__, url_prefix="/portal")


class SessionCookieConfig:
    name = "coop_portal_sid"
    lifetime = timedelta(hours=12)
    path = "/portal"
    samesite = "Lax"


def _start_session(account_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SessionCookieConfig.lifetime
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO portal_sessions (sid, account_id, expires_at) VALUES (%s, %s, %s)",
            (sid, account_id, expires),
        )
    return sid


def _attach_session_cookie(response, sid: str):
    response.set_cookie(
        SessionCookieConfig.name,
        sid,
        max_age=int(SessionCookieConfig.lifetime.total_seconds()),
        path=SessionCookieConfig.path,
        samesite=SessionCookieConfig.samesite,
    )
    return response


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("portal/login.html")
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    with get_connection() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM portal_accounts WHERE email = %s AND active",
            (email,),
        ).fetchone()
    if row is None or not bcrypt.checkpw(password.encode("utf-8"), row[1].encode("ascii")):
        return render_template("portal/login.html", error="Email or password not recognised"), 401
    response = make_response(redirect(url_for("portal_orders.index")))
    return _attach_session_cookie(response, _start_session(row[0]))


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SessionCookieConfig.name)
    if sid:
        with get_connection() as conn:
            conn.execute("DELETE FROM portal_sessions WHERE sid = %s", (sid,))
    response = make_response(redirect(url_for("portal_auth.login")))
    response.delete_cookie(SessionCookieConfig.name, path=SessionCookieConfig.path)
    return response
