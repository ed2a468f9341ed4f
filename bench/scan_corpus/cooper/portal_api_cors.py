"""Cross-origin setup for the portal API used by partner-embedded widgets.

Several distilleries embed our cask order tracker in their own intranet
pages. The widget calls the portal API with the buyer's portal session,
so the API answers cross-origin requests from those pages.
"""
from flask import Flask, request

from cooperage.portal_api import orders_api, repairs_api

CORS_ALLOWED_METHODS = "GET, POST, PATCH, OPTIONS"
CORS_ALLOWED_HEADERS = "Content-Type, X-Requested-With"
CORS_MAX_AGE = "600"


class CorsPolicy:
    def __init__(self, methods: str = CORS_ALLOWED_METHODS, headers: str = CORS_ALLOWED_HEADERS):
        self.methods = methods
        self.headers = headers

    def origin_for(self, req) -> str | None:
        return req.headers.get("Origin")

    def apply(self, req, response):
        origin = self.origin_for(req)
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Methods"] = self.methods
            response.headers["Access-Control-Allow-Headers"] = self.headers
            response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE
            response.headers.add("Vary", "Origin")
        return response


def create_app(config_object: str = "cooperage.config.Production") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.register_blueprint(orders_api, url_prefix="/api/orders")
    app.register_blueprint(repairs_api, url_prefix="/api/repairs")
    policy = CorsPolicy()

    @app.after_request
    def add_cors_headers(response):
        return policy.apply(request, response)

    return app
