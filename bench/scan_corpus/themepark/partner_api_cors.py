"""App factory for the partner booking API (hotel and tour-operator sites)."""
import os

from flask import Flask, jsonify, request

from .bookings import availability, create_hold


def _allowed_origins() -> frozenset[str]:
    raw = os.environ.get("PARTNER_ALLOWED_ORIGINS", "")
    return frozenset(o.strip().rstrip("/") for o in raw.split(",") if o.strip())


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PARTNER_API_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    allowed = _allowed_origins()

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin and origin in allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization"
        response.headers.add("Vary", "Origin")
        return response

    @app.get("/v1/availability")
    def get_availability():
        return jsonify(availability(request.args.get("date"), request.args.get("product")))

    @app.post("/v1/holds")
    def post_hold():
        body = request.get_json(force=True)
        return jsonify(create_hold(body["product"], body["date"], int(body["qty"]))), 201

    return app
