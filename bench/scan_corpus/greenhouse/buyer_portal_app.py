"""Buyer portal: availability forecasts and standing-order management."""
from __future__ import annotations

import os

from flask import Flask, jsonify, request, session

from .availability import weekly_availability
from .orders import standing_orders_for


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["BUYER_PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    @app.after_request
    def add_cors_headers(resp):
        origin = request.headers.get("Origin")
        if origin:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Credentials"] = "true"
            resp.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
            resp.headers["Vary"] = "Origin"
        return resp

    @app.get("/api/availability")
    def availability():
        crop = request.args.get("crop", "tomato")
        return jsonify(weekly_availability(crop))

    @app.get("/api/standing-orders")
    def standing_orders():
        buyer_id = session.get("buyer_id")
        if buyer_id is None:
            return jsonify(error="login required"), 401
        return jsonify(standing_orders_for(buyer_id))

    return app
