"""Receives settlement callbacks from the café's card-payment provider.

The provider signs each callback body with the shared webhook secret;
valid callbacks mark till transactions as settled.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("cafe.webhook")

WEBHOOK_SECRET = os.environ["CAFE_PAYMENTS_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Provider-Signature"

_settled: dict[str, dict] = {}


def _expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
    return parts.get("t", ""), parts.get("v1", "")


def _signature_ok(body: bytes, header_value: str) -> bool:
    timestamp, supplied = _parse_header(header_value)
    if not timestamp or not supplied:
        return False
    expected = _expected_signature(body, timestamp)
    return supplied.strip().lower() == expected


@app.post("/webhooks/settlement")
def settlement():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)
    event = json.loads(body)
    txn_id = event["data"]["till_txn_id"]
    _settled[txn_id] = event["data"]
    log.info("settled till transaction %s", txn_id)
    return {"ok": True}
