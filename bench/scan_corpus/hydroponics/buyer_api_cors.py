"""Cross-origin support for the buyer portal API consumed by partner storefronts."""
from __future__ import annotations

import os

from flask import Flask, Response, jsonify, request, session


class CorsPolicy:
    allow_methods = "GET, POST, PUT, DELETE, OPTIONS"
    allow_headers = "Content-Type, X-Requested-With"
    max_age = "600"

    def headers_for(self, origin: str | None) -> dict[str, str]:
        if not origin:
            return {}
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": self.allow_methods,
            "Access-Control-Allow-Headers": self.allow_headers,
            "Access-Control-Max-Age": self.max_age,
            "Vary": "Origin",
        }


def create_app() -> Flask:
    app = Flask(__name__)
    app.secret_key = os.environ["BUYER_PORTAL_SECRET_KEY"]
    app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="None")
    policy = CorsPolicy()

    @app.after_request
    def apply_cors(response: Response) -> Response:
        response.headers.update(policy.headers_for(request.headers.get("Origin")))
        return response

    @app.route("/api/cart", methods=["GET", "OPTIONS"])
    def cart():
        if request.method == "OPTIONS":
            return "", 204
        if "buyer_id" not in session:
            return jsonify({"error": "not signed in"}), 401
        from .cart import cart_for

        return jsonify(cart_for(session["buyer_id"]))

    @app.route("/api/cart/items", methods=["POST", "OPTIONS"])
    def add_item():
        if request.method == "OPTIONS":
            return "", 204
        from .cart import add_to_cart

        payload = request.get_json(force=True)
        add_to_cart(session["buyer_id"], payload["sku"], int(payload["cases"]))
        return jsonify({"ok": True}), 201

    return app
