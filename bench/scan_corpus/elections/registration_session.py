"""Session handling for the online voter registration portal."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, g, make_response, redirect, render_template, request, url_for

from .auth import verify_applicant_login
from .sessions import SessionStore

bp = Blueprint("registration_session", __name__)

SESSION_COOKIE = "ovr_session"
SESSION_TTL = timedelta(minutes=30)


def _store() -> SessionStore:
    return current_app.extensions["session_store"]


@bp.get("/login")
def login_form():
    return render_template("registration/login.html", failed=request.args.get("failed") == "1")


@bp.post("/login")
def login():
    applicant = verify_applicant_login(request.form.get("email", ""), request.form.get("password", ""))
    if applicant is None:
        return redirect(url_for("registration_session.login_form", failed=1))
    token = secrets.token_urlsafe(32)
    _store().put(token, applicant.id, ttl=SESSION_TTL)
    resp = make_response(redirect(url_for("registration.application")))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), httponly=True, samesite="Lax")
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        _store().delete(token)
    resp = make_response(redirect(url_for("registration_session.login_form")))
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@bp.before_app_request
def load_applicant():
    token = request.cookies.get(SESSION_COOKIE)
    g.applicant_id = _store().get(token) if token else None
