"""CORS setup for the shop's JSON API.

The storefront (a static site on the shop domain) and the trade portal
call the API from the browser with the session cookie, so credentialed
CORS is needed for exactly those two origins.
"""
from __future__ import annotations

import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["TRUG_SHOP_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)


def allowed_origins() -> list[str]:
    configured = os.environ.get("TRUG_CORS_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://")]


CORS(
    app,
    resources={r"/api/*": {"origins": allowed_origins()}},
    supports_credentials=True,
    methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


@app.get("/api/session")
def current_session():
    return jsonify(customer=session.get("customer_id"), basket_items=len(session.get("basket", [])))


@app.post("/api/basket/clear")
def clear_basket():
    session["basket"] = []
    return jsonify(ok=True)


@app.get("/api/catalogue")
def catalogue():
    return jsonify(app.config.get("CATALOGUE", []))
