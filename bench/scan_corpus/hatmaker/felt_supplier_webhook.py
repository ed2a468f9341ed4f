"""Stock-availability webhook from the felt hood supplier.

The supplier signs each POST with HMAC-SHA256 over ``<timestamp>.<body>``
using the shared secret from their partner portal.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request

from .catalogue import SupplierCatalogue

bp = Blueprint("felt_webhook", __name__)

MAX_SKEW_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes, max_skew: int = MAX_SKEW_SECONDS) -> None:
        self._secret = secret
        self._max_skew = max_skew

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        return cls(os.environ["FELT_SUPPLIER_WEBHOOK_SECRET"].encode("utf-8"))

    def _sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            sent_at = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - sent_at) > self._max_skew:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), signature)


verifier = SignatureVerifier.from_env()


@bp.post("/webhooks/felt-supplier/stock")
def felt_stock_update():
    body = request.get_data()
    timestamp = request.headers.get("X-Felt-Timestamp", "")
    signature = request.headers.get("X-Felt-Signature", "")
    if not verifier.verify(timestamp, body, signature):
        abort(401)

    event = json.loads(body)
    catalogue: SupplierCatalogue = current_app.extensions["supplier_catalogue"]
    updated = 0
    for item in event.get("items", []):
        catalogue.set_availability(
            supplier="felt",
            sku=item["sku"],
            colour=item.get("colour"),
            in_stock=int(item["quantity"]),
            restock_date=item.get("restock_date"),
        )
        updated += 1
    return {"updated": updated}, 200
