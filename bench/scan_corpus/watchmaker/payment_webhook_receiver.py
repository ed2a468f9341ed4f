"""Receives settlement webhooks from the card acquirer for boutique orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

SIGNATURE_HEADER = "X-Acquirer-Signature"
TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["ACQUIRER_WEBHOOK_SECRET"].encode()


def _compute(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_signing_secret(), message, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> dict:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def _signatures_match(expected: str, supplied: str) -> bool:
    return expected.lower() == supplied.strip().lower()


@app.post("/webhooks/acquirer")
def acquirer_webhook():
    header = _parse_header(request.headers.get(SIGNATURE_HEADER, ""))
    if not header["t"].isdigit() or abs(time.time() - int(header["t"])) > TOLERANCE_SECONDS:
        abort(400)
    body = request.get_data()
    if not _signatures_match(_compute(header["t"], body), header["v1"]):
        abort(401)

    event = json.loads(body)
    if event.get("type") == "payment.settled":
        order_ref = event["data"]["merchant_reference"]
        app.logger.info("order %s settled", order_ref)
    return jsonify(received=True)
