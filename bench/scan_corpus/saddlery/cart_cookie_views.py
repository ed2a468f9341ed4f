"""Basket and preference cookies for the tack shop webshop."""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

BASKET_COOKIE = "tack_basket"
CURRENCY_COOKIE = "currency"
BASKET_TTL = timedelta(days=30)
CURRENCIES = {"EUR", "GBP", "CHF"}

_baskets: dict[str, list[dict]] = {}


def _basket_id() -> str:
    bid = request.cookies.get(BASKET_COOKIE)
    if bid and bid in _baskets:
        return bid
    bid = secrets.token_urlsafe(24)
    _baskets[bid] = []
    return bid


@app.post("/basket/items")
def add_item():
    item = request.get_json(force=True)
    bid = _basket_id()
    _baskets[bid].append({"sku": str(item["sku"]), "qty": max(1, int(item.get("qty", 1)))})
    resp = make_response(jsonify({"items": len(_baskets[bid])}))
    resp.set_cookie(BASKET_COOKIE, bid, max_age=int(BASKET_TTL.total_seconds()), secure=True, httponly=True, samesite="Lax")
    return resp


@app.post("/preferences/currency")
def set_currency():
    code = request.get_json(force=True).get("currency", "EUR").upper()
    if code not in CURRENCIES:
        return jsonify({"error": "unsupported currency"}), 400
    resp = make_response(jsonify({"currency": code}))
    resp.set_cookie(CURRENCY_COOKIE, code, max_age=31536000, secure=True, samesite="Lax")
    return resp


@app.get("/basket")
def show_basket():
    bid = request.cookies.get(BASKET_COOKIE)
    return jsonify({"items": _baskets.get(bid, []) if bid else []})
