"""CORS setup for the dealer portal JSON API.

The single-page portal is served from the dealers sub-domain and calls
the API with the session cookie, so credentials must be allowed for the
known front-end origins only.
"""
import os

from flask import Flask, jsonify
from flask_cors import CORS

from ropeworks.portal.auth import current_dealer, login_required

PORTAL_ORIGINS = [
    "https://dealers.ropeworks.example",
    "https://portal.ropeworks.example",
]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
    extra = [o for o in os.environ.get("PORTAL_EXTRA_ORIGINS", "").split(",") if o.startswith("https://")]
    CORS(
        app,
        resources={r"/api/*": {"origins": PORTAL_ORIGINS + extra}},
        supports_credentials=True,
        methods=["GET", "POST", "PATCH"],
        max_age=600,
    )

    @app.get("/api/me")
    @login_required
    def me():
        dealer = current_dealer()
        return jsonify({"id": dealer.id, "name": dealer.name, "tier": dealer.tier})

    @app.get("/api/price-list")
    @login_required
    def price_list():
        dealer = current_dealer()
        return jsonify(
            [
                {"sku": p.sku, "description": p.description, "price": str(p.price)}
                for p in dealer.price_list()
            ]
        )

    return app


app = create_app()
