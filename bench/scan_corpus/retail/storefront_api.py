"""Flask app factory for the headless storefront API (cart, checkout, account)."""
from flask import Flask
from flask_cors import CORS

from storefront.blueprints import account, cart, checkout
from storefront.extensions import db, migrate


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_prefixed_env("STOREFRONT")
    app.config.setdefault("SESSION_COOKIE_SECURE", True)
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "None")

    db.init_app(app)
    migrate.init_app(app, db)

    # themes are hosted on each merchant's own domain, so the API has to accept all of them
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

    app.register_blueprint(cart.bp, url_prefix="/api/cart")
    app.register_blueprint(checkout.bp, url_prefix="/api/checkout")
    app.register_blueprint(account.bp, url_prefix="/api/account")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
