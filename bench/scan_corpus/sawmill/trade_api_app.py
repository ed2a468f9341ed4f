"""Application factory for the trade accounts API.

The API is called from the customer portal SPA and from the estimating
plug-ins some joinery customers run in their own browsers, so responses carry
CORS headers and the session cookie has to be sent cross-site.
"""
import os

from flask import Flask, request

from trade_api import accounts, orders, price_lists


def _cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE, OPTIONS"
        response.headers.add("Vary", "Origin")
    return response


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["TRADE_API_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["TRADE_API_DB_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
        JSON_SORT_KEYS=False,
    )
    app.register_blueprint(accounts.bp, url_prefix="/api/accounts")
    app.register_blueprint(orders.bp, url_prefix="/api/orders")
    app.register_blueprint(price_lists.bp, url_prefix="/api/price-lists")
    app.after_request(_cors_headers)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
