"""Basket API used by the "buy the threads for this pattern" widget.

Designers who sell their patterns through us embed a small widget on their own
blogs; it adds the thread kit for a pattern to the visitor's shop basket.
"""
import os

from flask import Flask, jsonify, request, session

from lacemaker.shop.kits import kit_for_pattern

app = Flask(__name__)
app.secret_key = os.environ["SHOP_SESSION_KEY"]
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

CORS_HEADERS = "Content-Type, X-Requested-With"
CORS_METHODS = "GET, POST, OPTIONS"


def widget_origin(req) -> str | None:
    return req.headers.get("Origin")


@app.after_request
def widget_cors(response):
    origin = widget_origin(request)
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Vary"] = "Origin"
    return response


@app.route("/api/basket", methods=["GET", "OPTIONS"])
def get_basket():
    if request.method == "OPTIONS":
        return "", 204
    return jsonify(items=session.get("basket", []))


@app.route("/api/basket/kits/<int:pattern_id>", methods=["POST", "OPTIONS"])
def add_kit(pattern_id: int):
    if request.method == "OPTIONS":
        return "", 204
    kit = kit_for_pattern(pattern_id)
    basket = session.get("basket", [])
    basket.extend({"sku": line.sku, "qty": line.qty} for line in kit.lines)
    session["basket"] = basket
    return jsonify(items=basket, count=len(basket)), 201
