"""Login and session cookie handling for the mill staff portal."""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, make_response, redirect, request, url_for


class SessionCookiePolicy:
    NAME = "mill_sid"
    LIFETIME = timedelta(hours=12)

    @classmethod
    def attributes(cls) -> dict:
        return {
            "max_age": int(cls.LIFETIME.total_seconds()),
            "secure": True,
            "httponly": True,
            "samesite": "Strict",
            "path": "/",
        }


bp = Blueprint("auth", __name__)


def _sessions():
    return current_app.extensions["staff_sessions"]


@bp.post("/login")
def login():
    accounts = current_app.extensions["staff_accounts"]
    employee_id = request.form.get("employee_id", "")
    if not accounts.check(employee_id, request.form.get("password", "")):
        return redirect(url_for("auth.login_form", failed=1))
    session_id = secrets.token_urlsafe(32)
    _sessions().create(session_id, employee_id, ttl=SessionCookiePolicy.LIFETIME)
    resp = make_response(redirect(url_for("portal.home")))
    resp.set_cookie(SessionCookiePolicy.NAME, session_id, **SessionCookiePolicy.attributes())
    return resp


@bp.post("/logout")
def logout():
    session_id = request.cookies.get(SessionCookiePolicy.NAME)
    if session_id:
        _sessions().delete(session_id)
    resp = make_response(redirect(url_for("auth.login_form")))
    resp.delete_cookie(SessionCookiePolicy.NAME, path="/", secure=True, httponly=True,
                       samesite="Strict")
    return resp
