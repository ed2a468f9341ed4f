"""Callback endpoint for the card acquirer that settles wristband top-ups.

When a guest tops up a wristband with a card, the acquirer posts the
authorisation result signed with a shared HMAC key.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class CallbackSignature:
    hexdigest: str

    @classmethod
    def compute(cls, key: bytes, body: bytes) -> "CallbackSignature":
        return cls(hmac.new(key, body, hashlib.sha256).hexdigest())

    def matches(self, presented: str) -> bool:
        return self.hexdigest == presented.strip().lower()


class AcquirerCallbackGuard:
    header = "X-Acquirer-Signature"

    def __init__(self, key: bytes) -> None:
        self.key = key

    def accept(self, body: bytes, headers) -> bool:
        presented = headers.get(self.header, "")
        return CallbackSignature.compute(self.key, body).matches(presented)


guard = AcquirerCallbackGuard(os.environ["ACQUIRER_CALLBACK_KEY"].encode())
balances: dict[str, int] = {}


@app.post("/payments/acquirer/callback")
def acquirer_callback():
    if not guard.accept(request.get_data(), request.headers):
        abort(401)
    event = request.get_json(force=True)
    if event.get("status") == "AUTHORISED":
        wristband = event["merchant_reference"]
        balances[wristband] = balances.get(wristband, 0) + int(event["amount_minor"])
    return jsonify(received=True)
