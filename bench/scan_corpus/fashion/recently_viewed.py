"""'Recently viewed' strip shown on product pages for logged-out visitors.

State lives in a cookie so the CDN can keep serving cached PDPs; the strip is
filled in client-side from ``/api/recently-viewed``.
"""
import base64
from dataclasses import dataclass, field
from datetime import datetime, timezone

import jsonpickle
from flask import Blueprint, jsonify, make_response, request

from shop.catalogue import product_cards

bp = Blueprint("recently_viewed", __name__)

COOKIE_NAME = "rv"
MAX_ITEMS = 12


@dataclass
class ViewHistory:
    skus: list[str] = field(default_factory=list)
    updated: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def push(self, sku: str) -> None:
        if sku in self.skus:
            self.skus.remove(sku)
        self.skus.insert(0, sku)
        del self.skus[MAX_ITEMS:]
        self.updated = datetime.now(timezone.utc)


def _load_history() -> ViewHistory:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return ViewHistory()
    try:
        return jsonpickle.decode(base64.urlsafe_b64decode(raw).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return ViewHistory()


def _dump_history(history: ViewHistory) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(history).encode("utf-8")).decode("ascii")


@bp.post("/api/recently-viewed/<sku>")
def track(sku: str):
    history = _load_history()
    history.push(sku)
    resp = make_response("", 204)
    resp.set_cookie(
        COOKIE_NAME,
        _dump_history(history),
        max_age=60 * 60 * 24 * 30,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@bp.get("/api/recently-viewed")
def list_items():
    history = _load_history()
    return jsonify(product_cards(history.skus))
