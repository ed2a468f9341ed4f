"""Accept order-response callbacks from the EDI integration partner.

The partner signs each callback body with HMAC-SHA256 and sends the hex
digest in ``X-EDI-Signature``; during key rotation both the current and the
previous key are accepted.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def _partner_keys() -> list[bytes]:
    keys = [os.environ["EDI_WEBHOOK_KEY"]]
    previous = os.environ.get("EDI_WEBHOOK_KEY_PREVIOUS")
    if previous:
        keys.append(previous)
    return [k.encode("utf-8") for k in keys]


def _signature(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def signature_valid(body: bytes, supplied: str) -> bool:
    supplied = supplied.strip().lower()
    matches = [hmac.compare_digest(_signature(key, body).encode(), supplied.encode()) for key in _partner_keys()]
    return any(matches)


@app.post("/edi/callbacks/ordrsp")
def order_response():
    body = request.get_data(cache=True)
    if not signature_valid(body, request.headers.get("X-EDI-Signature", "")):
        abort(401)
    message = request.get_json()
    return jsonify(
        order=message.get("purchase_order"),
        status=message.get("response_code"),
        lines=len(message.get("lines", [])),
    ), 202


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("EDI_CALLBACK_PORT", "8081")))
