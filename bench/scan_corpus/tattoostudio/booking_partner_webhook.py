"""Inbound webhook from the online booking marketplace.

The marketplace signs each request body with HMAC-SHA256 using the shared
secret from our partner dashboard and sends it hex-encoded in
X-Marketplace-Signature.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from .bookings import upsert_marketplace_booking

bp = Blueprint("marketplace", __name__)


class SignatureChecker:
    header = "X-Marketplace-Signature"

    def __init__(self, secret: bytes):
        self._secret = secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, provided: str | None) -> bool:
        if not provided:
            return False
        return self.expected(body) == provided.strip().lower()


checker = SignatureChecker(os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode())


@bp.post("/webhooks/marketplace")
def marketplace_webhook():
    body = request.get_data()
    if not checker.is_valid(body, request.headers.get(checker.header)):
        abort(401)
    event = json.loads(body)
    if event.get("type") in {"booking.created", "booking.updated"}:
        upsert_marketplace_booking(event["data"])
    return {"ok": True}
