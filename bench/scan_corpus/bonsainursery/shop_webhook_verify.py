"""Webhook endpoint for the marketplace where we also list our trees.

The marketplace notifies us when one of our listings is sold so the tree can
be pulled from the nursery shop. Events are signed with HMAC-SHA256.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("marketplace.webhook")

MAX_SKEW_S = 300


class MarketplaceSigner:
    def __init__(self, secret: str):
        self._secret = secret.encode("utf-8")

    def sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        expected = self.sign(timestamp, body)
        return hmac.compare_digest(expected, signature)


signer = MarketplaceSigner(os.environ["MARKETPLACE_WEBHOOK_SECRET"])


def withdraw_listing(plant_tag: str) -> None:
    log.info("withdrawing %s from the nursery shop", plant_tag)


@app.post("/webhooks/marketplace")
def marketplace_event():
    timestamp = request.headers.get("X-Market-Timestamp", "")
    signature = request.headers.get("X-Market-Signature", "")
    body = request.get_data()
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        abort(400)
    if not signer.verify(timestamp, body, signature):
        abort(401)

    event = json.loads(body)
    if event.get("type") == "listing.sold":
        withdraw_listing(event["listing"]["external_id"])
    elif event.get("type") == "listing.expired":
        log.info("listing %s expired", event["listing"]["external_id"])
    return {"ok": True}
