"""Anonymous basket handling for visitors who haven't signed in yet.

The basket id is an opaque random value; the basket itself lives in Redis
and is merged into the customer's basket on login.
"""
import json
import secrets

from flask import Blueprint, current_app, jsonify, make_response, request

bp = Blueprint("basket", __name__, url_prefix="/basket")

BASKET_COOKIE = "bs_basket"
BASKET_TTL = 60 * 60 * 24 * 14


def _cookie_options() -> dict:
    return {
        "max_age": BASKET_TTL,
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "path": "/",
    }


def _redis():
    return current_app.extensions["redis"]


def _load(basket_id: str) -> dict:
    raw = _redis().get(f"basket:{basket_id}")
    return json.loads(raw) if raw else {"lines": {}}


@bp.post("/lines")
def add_line():
    basket_id = request.cookies.get(BASKET_COOKIE) or secrets.token_urlsafe(24)
    payload = request.get_json(force=True)
    isbn, qty = str(payload["isbn"]), max(1, min(int(payload.get("qty", 1)), 20))
    basket = _load(basket_id)
    basket["lines"][isbn] = basket["lines"].get(isbn, 0) + qty
    _redis().setex(f"basket:{basket_id}", BASKET_TTL, json.dumps(basket))
    resp = make_response(jsonify(basket))
    resp.set_cookie(BASKET_COOKIE, basket_id, **_cookie_options())
    return resp


@bp.get("/")
def view_basket():
    basket_id = request.cookies.get(BASKET_COOKIE)
    return jsonify(_load(basket_id) if basket_id else {"lines": {}})
