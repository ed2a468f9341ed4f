"""Login and session handling for the web version of the lift staff portal."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, g, jsonify, make_response, redirect, request

SESSION_COOKIE_NAME = "liftstaff_sid"
SESSION_TTL = timedelta(hours=10)

COOKIE_SETTINGS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


def create_app(session_store, directory) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["STAFF_PORTAL_SECRET"]

    @app.before_request
    def load_operator():
        sid = request.cookies.get(SESSION_COOKIE_NAME)
        g.operator = session_store.get(sid) if sid else None

    @app.post("/login")
    def login():
        badge = request.form.get("badge", "")
        pin = request.form.get("pin", "")
        operator = directory.authenticate(badge, pin)
        if operator is None:
            return jsonify(error="invalid credentials"), 401
        sid = secrets.token_urlsafe(32)
        session_store.put(sid, operator, ttl=SESSION_TTL)
        response = make_response(redirect("/shift"))
        response.set_cookie(SESSION_COOKIE_NAME, sid, **COOKIE_SETTINGS)
        return response

    @app.post("/logout")
    def logout():
        sid = request.cookies.get(SESSION_COOKIE_NAME)
        if sid:
            session_store.delete(sid)
        response = make_response(redirect("/login"))
        response.delete_cookie(SESSION_COOKIE_NAME, path="/")
        return response

    @app.get("/shift")
    def shift():
        if g.operator is None:
            return redirect("/login")
        return jsonify(badge=g.operator.badge, station=g.operator.station)

    return app
