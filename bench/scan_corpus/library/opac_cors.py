"""CORS handling for the OPAC API used by the branch websites and the mobile app."""
from flask import Flask, request

CORS_ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS"
CORS_ALLOWED_HEADERS = "Content-Type, X-CSRF-Token"


def init_cors(app: Flask) -> None:
    allowed = frozenset(app.config.get("CORS_ALLOWED_ORIGINS", ()))

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin and origin in allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = CORS_ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = CORS_ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = "600"
        response.headers.add("Vary", "Origin")
        return response
