"""Session configuration and login view for the customer voucher portal."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, jsonify, make_response, request, session


class PortalSessionConfig:
    SECRET_KEY = os.environ["VOUCHER_PORTAL_SECRET"]
    SESSION_COOKIE_NAME = "vp_session"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)


class RememberedEmailCookie:
    """Pre-fills the login form; holds no credential."""

    name = "vp_last_email"
    options = {"max_age": 60 * 60 * 24 * 30, "secure": True, "httponly": True, "samesite": "Strict"}

    @classmethod
    def attach(cls, response, email: str):
        response.set_cookie(cls.name, email, **cls.options)
        return response


def create_app(config: type = PortalSessionConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)

    @app.post("/login")
    def login():
        body = request.get_json(force=True)
        customer_id = _authenticate(body.get("email", ""), body.get("password", ""))
        if customer_id is None:
            return jsonify(error="invalid credentials"), 401
        session.clear()
        session["customer_id"] = customer_id
        session.permanent = True
        resp = make_response(jsonify(ok=True))
        return RememberedEmailCookie.attach(resp, body["email"])

    @app.post("/logout")
    def logout():
        session.clear()
        return jsonify(ok=True)

    return app


def _authenticate(email: str, password: str) -> int | None:
    from portal.accounts import check_customer_password

    return check_customer_password(email.strip().lower(), password)
