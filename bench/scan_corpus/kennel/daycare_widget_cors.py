"""CORS for the daycare availability widget embedded on partner and marketing sites."""
import os

from flask import Flask, request

from .daycare_api import bp as daycare_bp

ALLOWED_ORIGINS = frozenset(
    origin.strip()
    for origin in os.environ.get(
        "DAYCARE_WIDGET_ORIGINS",
        "https://www.pawsandplay.co.uk,https://book.pawsandplay.co.uk",
    ).split(",")
    if origin.strip()
)
CORS_POLICY = {
    "methods": "GET, POST, OPTIONS",
    "headers": "Content-Type, X-CSRF-Token",
    "max_age": "600",
}


def _allowed_origin(allowed: frozenset[str] = ALLOWED_ORIGINS) -> str | None:
    origin = request.headers.get("Origin")
    if origin in allowed:
        return origin
    return None


def apply_cors(response):
    response.headers.add("Vary", "Origin")
    origin = _allowed_origin()
    if origin is None:
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = CORS_POLICY["methods"]
        response.headers["Access-Control-Allow-Headers"] = CORS_POLICY["headers"]
        response.headers["Access-Control-Max-Age"] = CORS_POLICY["max_age"]
    return response


def create_app(config_object: str = "kennel.config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.register_blueprint(daycare_bp, url_prefix="/api/daycare")
    app.after_request(apply_cors)

    @app.route("/api/<path:_any>", methods=["OPTIONS"])
    def preflight(_any: str):
        return "", 204

    @app.get("/api/health")
    def health():
        return {"status": "ok"}

    return app
