"""CORS handling for the patient API.

The patient web app, the clinician console, the white-label partner portals
and the embedded booking widget all call this API from the browser with the
session cookie, so we answer CORS ourselves instead of configuring it in
three different CDNs.
"""
from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRF-Token, X-Request-Id"
PREFLIGHT_MAX_AGE = "600"


def init_cors(app: Flask) -> None:
    @app.before_request
    def _preflight():
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            resp = app.make_default_options_response()
            resp.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
            return resp
        return None

    @app.after_request
    def _cors_headers(resp):
        origin = request.headers.get("Origin")
        if not origin:
            return resp
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        resp.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        resp.headers.add("Vary", "Origin")
        return resp
