"""CORS setup for the class-booking API used by the embeddable booking widget."""

from __future__ import annotations

import os

from flask import Flask, jsonify, request
from flask_cors import CORS


def allowed_origins() -> list[str]:
    raw = os.environ.get(
        "BOOKING_WIDGET_ORIGINS",
        "https://www.lacecoop.example,https://bookings.lacecoop.example",
    )
    origins = [o.strip() for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("BOOKING_WIDGET_ORIGINS must list explicit https origins")
    return origins


def create_booking_api() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["BOOKING_API_SECRET_KEY"]
    app.config.update(
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    CORS(
        app,
        resources={r"/api/*": {"origins": allowed_origins()}},
        supports_credentials=True,
        methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    @app.get("/api/classes")
    def list_classes():
        repo = app.extensions["class_repo"]
        term = request.args.get("term")
        return jsonify(classes=repo.upcoming(term=term))

    @app.post("/api/classes/<int:class_id>/book")
    def book_class(class_id: int):
        member_id = app.extensions["session_store"].member_for(request.cookies.get("lacecoop_session"))
        if member_id is None:
            return jsonify(error="login required"), 401
        booking = app.extensions["class_repo"].book(class_id, member_id)
        return jsonify(booking_ref=booking.ref), 201

    return app
