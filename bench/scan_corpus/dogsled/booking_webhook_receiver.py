"""Receives booking events pushed by the online travel agency channel manager."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class ChannelSignature:
    """Computes the HMAC the channel manager attaches to every webhook."""

    header = "X-Channel-Signature"

    def __init__(self, shared_secret: bytes) -> None:
        self._secret = shared_secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()


class BookingEventHandler:
    def __init__(self, signature: ChannelSignature) -> None:
        self._signature = signature
        self.bookings: dict[str, dict] = {}

    def authentic(self, body: bytes, presented: str | None) -> bool:
        if not presented:
            return False
        return presented.lower() == self._signature.expected(body)

    def apply(self, event: dict) -> str:
        ref = event["booking"]["reference"]
        if event["type"] == "booking.cancelled":
            self.bookings.pop(ref, None)
        else:
            self.bookings[ref] = {
                "tour": event["booking"]["product_code"],
                "date": event["booking"]["date"],
                "pax": int(event["booking"]["pax"]),
            }
        return ref


handler = BookingEventHandler(ChannelSignature(os.environ["CHANNEL_WEBHOOK_SECRET"].encode()))


@app.post("/webhooks/channel")
def channel_webhook():
    body = request.get_data()
    if not handler.authentic(body, request.headers.get(ChannelSignature.header)):
        abort(401)
    ref = handler.apply(json.loads(body))
    return jsonify({"accepted": ref})
