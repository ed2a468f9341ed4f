"""Remember which currency a shop visitor wants prices displayed in.

The storefront's price widgets read this cookie in the browser to format
prices before the page finishes loading, so it must stay readable by JS.
"""
from flask import Blueprint, jsonify, make_response, request

from potter.pricing import SUPPORTED_CURRENCIES, convert_price

bp = Blueprint("currency", __name__)

CURRENCY_COOKIE = "display_currency"
ONE_YEAR = 365 * 24 * 3600
DEFAULT_CURRENCY = "USD"


def preferred_currency() -> str:
    value = request.cookies.get(CURRENCY_COOKIE, DEFAULT_CURRENCY).upper()
    return value if value in SUPPORTED_CURRENCIES else DEFAULT_CURRENCY


@bp.post("/preferences/currency")
def set_currency():
    code = (request.get_json(silent=True) or {}).get("currency", "").upper()
    if code not in SUPPORTED_CURRENCIES:
        return jsonify({"error": "unsupported currency"}), 400
    resp = make_response(jsonify({"currency": code}))
    resp.set_cookie(
        CURRENCY_COOKIE,
        code,
        max_age=ONE_YEAR,
        secure=True,
        httponly=False,
        samesite="Lax",
    )
    return resp


@bp.get("/api/price/<sku>")
def price_for(sku: str):
    currency = preferred_currency()
    amount = convert_price(sku, currency)
    if amount is None:
        return jsonify({"error": "unknown product"}), 404
    return jsonify({"sku": sku, "currency": currency, "amount": str(amount)})
