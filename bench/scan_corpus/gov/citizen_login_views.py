"""Login and logout for the resident self-service portal."""
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, current_app, make_response, redirect, render_template, request, url_for

from .models import Resident
from .sessions import session_store

bp = Blueprint("resident_auth", __name__)
_hasher = PasswordHasher()

SESSION_TTL = timedelta(hours=8)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    resident = Resident.query.filter_by(email=email, active=True).first()
    try:
        if resident is None:
            raise VerifyMismatchError
        _hasher.verify(resident.password_hash, password)
    except VerifyMismatchError:
        return render_template("auth/login.html", error="Email or password is incorrect."), 401

    sid = secrets.token_urlsafe(32)
    session_store.put(sid, resident.id, ttl=SESSION_TTL)

    resp = make_response(redirect(url_for("dashboard.home")))
    resp.set_cookie("resident_sid", sid, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    current_app.logger.info("resident %s signed in", resident.id)
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get("resident_sid")
    if sid:
        session_store.delete(sid)
    resp = make_response(redirect(url_for("resident_auth.login")))
    resp.delete_cookie("resident_sid")
    return resp
