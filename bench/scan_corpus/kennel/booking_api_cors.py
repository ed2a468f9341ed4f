"""CORS handling for the booking API used by the marketing site's embedded widget."""
from flask import Flask, request

from .bookings_api import bp as bookings_bp
from .portal_auth import bp as auth_bp

CORS_POLICY = {
    "methods": "GET, POST, PATCH, DELETE, OPTIONS",
    "headers": "Content-Type, X-CSRF-Token",
    "max_age": "600",
    "expose": "X-Booking-Ref",
}


def _allowed_origin() -> str | None:
    origin = request.headers.get("Origin")
    if not origin:
        return None
    return origin


def apply_cors(response):
    origin = _allowed_origin()
    if origin is None:
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Expose-Headers"] = CORS_POLICY["expose"]
    response.headers.add("Vary", "Origin")
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = CORS_POLICY["methods"]
        response.headers["Access-Control-Allow-Headers"] = CORS_POLICY["headers"]
        response.headers["Access-Control-Max-Age"] = CORS_POLICY["max_age"]
    return response


def create_app(config_object: str = "kennel.config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.register_blueprint(bookings_bp, url_prefix="/api/bookings")
    app.register_blueprint(auth_bp, url_prefix="/api/auth")
    app.after_request(apply_cors)

    @app.route("/api/<path:_any>", methods=["OPTIONS"])
    def preflight(_any: str):
        return "", 204

    @app.get("/api/health")
    def health():
        return {"status": "ok"}

    return app
