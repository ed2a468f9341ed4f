"""Magic-link login for customers who want to check or amend their bouncy castle booking."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, abort, current_app, jsonify, make_response, redirect, request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

bp = Blueprint("portal_login", __name__, url_prefix="/my-booking")

SESSION_COOKIE = "bh_customer"
SESSION_LIFETIME = timedelta(hours=12)
COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/my-booking",
}


def serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="magic-link")


def sessions():
    return current_app.extensions["portal_sessions"]


@bp.post("/link")
def request_link():
    email = (request.json or {}).get("email", "").strip().lower()
    if "@" not in email:
        abort(400)
    token = serializer().dumps({"email": email})
    current_app.extensions["mailer"].send_magic_link(email, token)
    return jsonify(sent=True)


@bp.get("/login/<token>")
def login(token: str):
    try:
        data = serializer().loads(token, max_age=900)
    except (SignatureExpired, BadSignature):
        abort(401)
    sid = secrets.token_urlsafe(32)
    sessions().create(sid, email=data["email"], ttl=SESSION_LIFETIME)
    resp = make_response(redirect("/my-booking/"))
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        **COOKIE_FLAGS,
    )
    return resp


@bp.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions().delete(sid)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SESSION_COOKIE, path=COOKIE_FLAGS["path"])
    return resp
