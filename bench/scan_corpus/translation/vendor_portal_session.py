"""Flask app factory and session handling for the vendor portal."""
import os
import secrets
from datetime import timedelta

from flask import Flask, make_response, redirect, request, url_for

from vendor_portal.auth import authenticate
from vendor_portal.remember import RememberTokens

remember_tokens = RememberTokens()
REMEMBER_COOKIE = "vp_remember"
REMEMBER_DAYS = 30


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["VENDOR_PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=10),
    )

    @app.post("/login")
    def login():
        user = authenticate(request.form.get("email", ""), request.form.get("password", ""))
        if user is None:
            return redirect(url_for("login_form", failed=1))
        resp = make_response(redirect(url_for("jobs_board")))
        if request.form.get("remember") == "on":
            token = secrets.token_urlsafe(32)
            remember_tokens.store(user.id, token, days=REMEMBER_DAYS)
            resp.set_cookie(
                REMEMBER_COOKIE,
                token,
                max_age=REMEMBER_DAYS * 86400,
                secure=True,
                httponly=True,
                samesite="Strict",
            )
        return resp

    @app.get("/login")
    def login_form():
        return app.send_static_file("login.html")

    return app
