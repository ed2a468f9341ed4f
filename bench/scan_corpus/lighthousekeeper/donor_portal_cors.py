"""Cross-origin setup for the donor portal API.

The portal API is called from the trust's main website, from the shop and
from regional friends-group sites, all of which share the donor session.
"""
from flask import Flask, request

from lighthousekeeper.donors.api import donors_api
from lighthousekeeper.settings import settings

ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-Requested-With, X-CSRF-Token"


def apply_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
        response.headers.add("Vary", "Origin")
    return response


def handle_preflight():
    if request.method == "OPTIONS":
        return "", 204
    return None


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(settings.FlaskConfig)
    app.register_blueprint(donors_api, url_prefix="/api/donors")
    app.before_request(handle_preflight)
    app.after_request(apply_cors)
    return app
