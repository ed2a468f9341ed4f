"""Checkout session for the online cake ordering site."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import redis
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
store = redis.Redis.from_url(os.environ["CHECKOUT_REDIS_URL"])


class CheckoutCookiePolicy:
    name = "cake_checkout"
    lifetime = timedelta(hours=2)

    @classmethod
    def options(cls) -> dict[str, object]:
        return {
            "max_age": int(cls.lifetime.total_seconds()),
            "path": "/",
            "samesite": "Lax",
        }


def _new_checkout(cart: list[dict]) -> str:
    checkout_id = secrets.token_urlsafe(32)
    store.setex(f"checkout:{checkout_id}", CheckoutCookiePolicy.lifetime, repr(cart))
    return checkout_id


@app.post("/checkout/start")
def start_checkout():
    cart = request.get_json(force=True).get("items", [])
    if not cart:
        return jsonify(error="empty cart"), 400
    checkout_id = _new_checkout(cart)
    resp = make_response(jsonify(step="delivery-details"))
    resp.set_cookie(CheckoutCookiePolicy.name, checkout_id, **CheckoutCookiePolicy.options())
    return resp


@app.post("/checkout/delivery")
def delivery_details():
    checkout_id = request.cookies.get(CheckoutCookiePolicy.name)
    if not checkout_id or not store.exists(f"checkout:{checkout_id}"):
        return jsonify(error="checkout expired"), 410
    details = request.get_json(force=True)
    store.hset(f"checkout:{checkout_id}:delivery", mapping={
        "date": details["date"],
        "slot": details["slot"],
        "parlour": details["parlour_id"],
    })
    return jsonify(step="payment")
