"""Basket and signed-in session cookies for the web shop checkout."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from flask import Flask, Response, jsonify, request


@dataclass(frozen=True)
class CookiePolicy:
    name: str
    max_age: timedelta
    httponly: bool = True
    secure: bool = True
    samesite: str = "Lax"
    path: str = "/"

    def attributes(self) -> dict:
        return {
            "max_age": int(self.max_age.total_seconds()),
            "httponly": self.httponly,
            "secure": self.secure,
            "samesite": self.samesite,
            "path": self.path,
        }


class ShopCookies:
    basket = CookiePolicy("bb_basket", timedelta(days=14))
    session = CookiePolicy("bb_session", timedelta(hours=8), samesite="Strict")

    @classmethod
    def attach(cls, resp: Response, policy: CookiePolicy, value: str) -> Response:
        resp.set_cookie(policy.name, value, **policy.attributes())
        return resp


app = Flask(__name__)
BASKETS: dict[str, list[dict]] = {}


@app.post("/basket/items")
def add_to_basket():
    basket_id = request.cookies.get(ShopCookies.basket.name) or secrets.token_urlsafe(24)
    item = request.get_json(force=True)
    BASKETS.setdefault(basket_id, []).append(
        {"style": item["style"], "size": item["size"], "qty": int(item.get("qty", 1))}
    )
    resp = jsonify(items=len(BASKETS[basket_id]))
    return ShopCookies.attach(resp, ShopCookies.basket, basket_id)


@app.post("/account/signed-in")
def mark_signed_in():
    session_id = secrets.token_urlsafe(32)
    resp = jsonify(ok=True)
    return ShopCookies.attach(resp, ShopCookies.session, session_id)
