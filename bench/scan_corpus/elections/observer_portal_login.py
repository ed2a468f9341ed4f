"""Login for the election observer portal."""
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Blueprint, abort, current_app, make_response, redirect, request, url_for

bp = Blueprint("observer_login", __name__)
_ph = PasswordHasher()

SESSION_TTL = timedelta(hours=8)
_COOKIE_OPTS = dict(
    max_age=int(SESSION_TTL.total_seconds()),
    secure=True,
    httponly=True,
    samesite="Strict",
    path="/",
)


@bp.post("/observer/login")
def login():
    repo = current_app.extensions["observer_repo"]
    observer = repo.by_email(request.form.get("email", "").lower())
    if observer is None:
        abort(401)
    try:
        _ph.verify(observer.password_hash, request.form.get("password", ""))
    except VerificationError:
        abort(401)
    if _ph.check_needs_rehash(observer.password_hash):
        repo.update_hash(observer.id, _ph.hash(request.form["password"]))

    sid = secrets.token_urlsafe(32)
    current_app.extensions["session_store"].put(sid, observer.id, ttl=SESSION_TTL)
    resp = make_response(redirect(url_for("observer.dashboard")))
    resp.set_cookie("obs_sid", sid, **_COOKIE_OPTS)
    return resp
