"""Sign-in for workshop customers checking on repair and rewiring jobs."""
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

from lampshop.auth import check_password, store_session, drop_session

bp = Blueprint("account", __name__, url_prefix="/account")

COOKIE_NAME = "lm_workshop_session"
SESSION_LIFETIME = timedelta(hours=12)


def _cookie_options() -> dict:
    return {
        "max_age": int(SESSION_LIFETIME.total_seconds()),
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "path": "/account",
    }


@bp.post("/login")
def login():
    email = (request.form.get("email") or "").strip().lower()
    password = request.form.get("password") or ""
    customer = check_password(email, password)
    if customer is None:
        current_app.logger.info("failed workshop login for %s", email)
        return jsonify(error="email or password not recognised"), 401
    token = secrets.token_urlsafe(32)
    store_session(token, customer.id, ttl=SESSION_LIFETIME)
    resp = make_response(jsonify(customer=customer.display_name))
    resp.set_cookie(COOKIE_NAME, token, **_cookie_options())
    return resp


@bp.post("/logout")
def logout():
    token = request.cookies.get(COOKIE_NAME)
    if token:
        drop_session(token)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(COOKIE_NAME, path="/account", secure=True, httponly=True, samesite="Lax")
    return resp


@bp.get("/jobs")
def my_jobs():
    from lampshop.auth import session_customer
    from lampshop.workshop import open_jobs_for

    customer = session_customer(request.cookies.get(COOKIE_NAME))
    if customer is None:
        return jsonify(error="not signed in"), 401
    return jsonify(jobs=[j.as_dict() for j in open_jobs_for(customer.id)])
