"""'Keep me signed in' support for the tenant portal."""
import os
from datetime import timedelta

from flask import Blueprint, current_app, g, redirect, request, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

bp = Blueprint("remember", __name__)

REMEMBER_COOKIE = "coop_remember"
REMEMBER_FOR = timedelta(days=30)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="remember-me")


def _cookie_kwargs() -> dict:
    return {
        "max_age": int(REMEMBER_FOR.total_seconds()),
        "path": "/",
        "samesite": "Lax",
        "domain": os.environ.get("PORTAL_COOKIE_DOMAIN"),
    }


def remembered_member_id() -> int | None:
    raw = request.cookies.get(REMEMBER_COOKIE)
    if not raw:
        return None
    try:
        data = _serializer().loads(raw, max_age=int(REMEMBER_FOR.total_seconds()))
    except (BadSignature, SignatureExpired):
        return None
    return data.get("member_id")


@bp.post("/login/remember")
def remember_device():
    if g.get("member") is None:
        return redirect(url_for("auth.login"))
    token = _serializer().dumps({"member_id": g.member.id})
    resp = redirect(url_for("portal.home"))
    resp.set_cookie(REMEMBER_COOKIE, token, **_cookie_kwargs())
    return resp


@bp.post("/logout")
def logout():
    resp = redirect(url_for("auth.login"))
    resp.delete_cookie(REMEMBER_COOKIE, path="/")
    return resp
