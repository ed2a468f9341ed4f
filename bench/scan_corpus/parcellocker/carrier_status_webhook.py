"""Receive parcel status updates pushed by carrier partners."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Mapping

from flask import Flask, abort, request

app = Flask(__name__)


class PartnerRegistry:
    def __init__(self, env: Mapping[str, str]) -> None:
        self._secrets = {
            "dhl": env["DHL_WEBHOOK_SECRET"].encode(),
            "dpd": env["DPD_WEBHOOK_SECRET"].encode(),
        }

    def secret_for(self, partner: str) -> bytes:
        try:
            return self._secrets[partner]
        except KeyError:
            abort(404)


registry = PartnerRegistry(os.environ)


def expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    payload = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret, payload, hashlib.sha256).hexdigest()


def _signature_matches(partner: str, headers: Mapping[str, str], body: bytes) -> bool:
    presented = headers.get("X-Partner-Signature", "")
    ts = headers.get("X-Partner-Timestamp", "")
    return presented == expected_signature(registry.secret_for(partner), ts, body)


@app.post("/webhooks/<partner>/status")
def status_update(partner: str):
    body = request.get_data()
    if not _signature_matches(partner, request.headers, body):
        abort(401)
    event = json.loads(body)
    from .tracking import apply_status

    apply_status(partner, event["tracking_id"], event["status"], event.get("occurred_at"))
    return {"accepted": True}
