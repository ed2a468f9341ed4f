"""Login and "keep me signed in" handling for the data portal (Flask)."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from portal.db import db
from portal.models import RememberToken, User

bp = Blueprint("auth", __name__)

REMEMBER_COOKIE = "portal_remember"
REMEMBER_DAYS = 30


def _issue_remember_token(user: User) -> str:
    raw = secrets.token_urlsafe(32)
    db.session.add(RememberToken(
        user_id=user.id,
        token_hash=hashlib.sha256(raw.encode()).hexdigest(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=REMEMBER_DAYS),
    ))
    db.session.commit()
    return raw


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    user = User.query.filter_by(email=request.form["email"].strip().lower()).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        flash("Unknown email or wrong password.")
        return render_template("auth/login.html"), 401
    session.clear()
    session["uid"] = user.id
    resp = redirect(url_for("portal.dashboard"))
    if request.form.get("remember") == "on":
        token = _issue_remember_token(user)
        resp.set_cookie(REMEMBER_COOKIE, token, max_age=REMEMBER_DAYS * 86400)
    return resp


@bp.post("/logout")
def logout():
    session.clear()
    resp = redirect(url_for("auth.login"))
    resp.delete_cookie(REMEMBER_COOKIE)
    return resp
