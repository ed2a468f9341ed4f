"""Flask app factory and login / cart cookies for the font shop."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, Response, jsonify, make_response, request, session

from .accounts import authenticate

CART_COOKIE = "tf_cart"


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
        SESSION_COOKIE_NAME="tf_session",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(days=14),
    )

    @app.post("/login")
    def login() -> Response:
        payload = request.get_json(silent=True) or {}
        customer = authenticate(payload.get("email", ""), payload.get("password", ""))
        if customer is None:
            return jsonify({"error": "invalid credentials"}), 401
        session.clear()
        session["customer_id"] = customer.id
        session.permanent = bool(payload.get("remember"))
        return jsonify({"customer": customer.id})

    @app.post("/logout")
    def logout() -> Response:
        session.clear()
        resp = make_response(jsonify({"ok": True}))
        resp.delete_cookie(CART_COOKIE, secure=True, httponly=True, samesite="Lax")
        return resp

    @app.post("/cart")
    def start_cart() -> Response:
        cart_id = request.cookies.get(CART_COOKIE) or secrets.token_urlsafe(24)
        resp = make_response(jsonify({"cart": "ready"}))
        resp.set_cookie(
            CART_COOKIE,
            cart_id,
            max_age=int(timedelta(days=30).total_seconds()),
            secure=True,
            httponly=True,
            samesite="Lax",
        )
        return resp

    return app
