"""Flask app factory for the internal player-support portal."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, g, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

from support_portal.auth import oidc_blueprint
from support_portal.tickets import tickets_blueprint

csrf = CSRFProtect()

REGIONS = ("eu", "na", "apac", "latam")
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["SUPPORT_PORTAL_SECRET_KEY"],
        SESSION_COOKIE_NAME="support_session",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        OIDC_ISSUER=os.environ["SUPPORT_OIDC_ISSUER"],
        OIDC_CLIENT_ID=os.environ["SUPPORT_OIDC_CLIENT_ID"],
    )
    csrf.init_app(app)
    app.register_blueprint(oidc_blueprint)
    app.register_blueprint(tickets_blueprint)

    @app.before_request
    def require_login():
        if request.endpoint in ("oidc.login", "oidc.callback", "static"):
            return None
        if "agent_id" not in session:
            return redirect(url_for("oidc.login", next=request.path))
        g.agent_id = session["agent_id"]
        g.region = request.cookies.get("support_region", "eu")
        return None

    @app.post("/preferences/region")
    def set_region():
        region = request.form.get("region", "eu")
        if region not in REGIONS:
            region = "eu"
        resp = redirect(url_for("tickets.index"))
        resp.set_cookie("support_region", region, max_age=90 * 24 * 3600, **COOKIE_FLAGS)
        return resp

    @app.after_request
    def security_headers(resp):
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        return resp

    return app
