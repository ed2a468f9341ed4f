"""Flask app factory for the self-service kiosk and web booking API.

The kiosk front-end is served from each centre's own sub-domain and talks
to this API with the customer's session cookie.
"""
from __future__ import annotations

import os

from flask import Flask, request

from .views import bookings_bp, cards_bp, lanes_bp


def _apply_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
        response.headers.add("Vary", "Origin")
    return response


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["KIOSK_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        BOOKING_DB_URL=os.environ["BOOKING_DB_URL"],
    )
    app.register_blueprint(lanes_bp, url_prefix="/api/lanes")
    app.register_blueprint(bookings_bp, url_prefix="/api/bookings")
    app.register_blueprint(cards_bp, url_prefix="/api/cards")
    app.after_request(_apply_cors)
    return app
