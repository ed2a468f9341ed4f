"""Sign-in and sign-out for hirers' online accounts.

Hirers sign in to see their booking, pay the balance, add extras and
download the handover pack for their boat.
"""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, redirect, render_template, request, url_for
from passlib.hash import argon2

from canalboat.db import db
from canalboat.models import Hirer, HirerSession

bp = Blueprint("hirer_account", __name__, url_prefix="/account")

SESSION_COOKIE = "cb_hirer"
SESSION_TTL = timedelta(days=14)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "samesite": "Lax",
    "path": "/",
}


def _start_session(hirer: Hirer) -> str:
    token = secrets.token_urlsafe(32)
    db.session.add(HirerSession(
        hirer_id=hirer.id,
        token=token,
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
    ))
    db.session.commit()
    return token


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("account/login.html")
    hirer = Hirer.query.filter_by(email=request.form.get("email", "").lower()).first()
    if hirer is None or not argon2.verify(request.form.get("password", ""), hirer.password_hash):
        return render_template("account/login.html", error="Email or password not recognised"), 401
    resp = redirect(url_for("bookings.mine"))
    resp.set_cookie(SESSION_COOKIE, _start_session(hirer), **COOKIE_OPTIONS)
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        HirerSession.query.filter_by(token=token).delete()
        db.session.commit()
    resp = redirect(url_for("public.home"))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp
