"""App factory for the public queue-times API consumed by the park app and partner sites."""
import os

from flask import Flask, jsonify, request

from .queue_times import current_waits, ride_detail


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["QUEUE_API_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization"
            response.headers["Vary"] = "Origin"
        return response

    @app.get("/v1/waits")
    def waits():
        park = request.args.get("park", "main")
        return jsonify(current_waits(park))

    @app.get("/v1/rides/<ride_code>")
    def ride(ride_code: str):
        detail = ride_detail(ride_code)
        if detail is None:
            return jsonify(error="unknown ride"), 404
        return jsonify(detail)

    return app
