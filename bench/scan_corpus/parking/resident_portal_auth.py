"""Login and logout for the residential parking permit portal."""
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, abort, make_response, redirect, request, url_for

from portal.extensions import redis_client
from portal.models import Resident

bp = Blueprint("auth", __name__)
_hasher = PasswordHasher()

SESSION_TTL = 60 * 60 * 8
SESSION_COOKIE = "rp_session"


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    resident = Resident.query.filter_by(email=email).first()
    if resident is None:
        abort(401)
    try:
        _hasher.verify(resident.password_hash, password)
    except VerificationError:
        abort(401)

    session_token = secrets.token_urlsafe(32)
    redis_client.setex(f"rp:session:{session_token}", SESSION_TTL, resident.id)

    resp = make_response(redirect(url_for("permits.dashboard")))
    resp.set_cookie(SESSION_COOKIE, session_token, max_age=SESSION_TTL, samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        redis_client.delete(f"rp:session:{token}")
    resp = make_response(redirect(url_for("auth.login_form")))
    resp.delete_cookie(SESSION_COOKIE)
    return resp
