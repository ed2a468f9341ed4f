"""Verify signed callbacks from the exchange network before acting on them.

Callbacks carry ``X-Exchange-Timestamp`` and ``X-Exchange-Signature``. The
signature is HMAC-SHA256 over ``"<timestamp>.<raw body>"`` with the shared
secret issued to us when we joined the network.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)

MAX_SKEW_SECONDS = 300


class CallbackVerifier:
    def __init__(self, secret: bytes, max_skew: int = MAX_SKEW_SECONDS) -> None:
        self._secret = secret
        self._max_skew = max_skew

    def _sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, signature: str, body: bytes) -> bool:
        if not timestamp.isdigit():
            return False
        if abs(time.time() - int(timestamp)) > self._max_skew:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), signature)


verifier = CallbackVerifier(os.environ["EXCHANGE_CALLBACK_SECRET"].encode("utf-8"))


@app.post("/callbacks/exchange/<event_type>")
def exchange_callback(event_type: str):
    body = request.get_data(cache=False)
    ok = verifier.verify(
        request.headers.get("X-Exchange-Timestamp", ""),
        request.headers.get("X-Exchange-Signature", ""),
        body,
    )
    if not ok:
        abort(401)
    payload = json.loads(body)
    if event_type == "deposit-expired":
        app.logger.info("deposit %s expired unused", payload.get("deposit_id"))
    elif event_type == "exchange-confirmed":
        app.logger.info("exchange %s confirmed", payload.get("exchange_id"))
    else:
        return {"status": "ignored"}, 202
    return {"status": "ok"}, 200
