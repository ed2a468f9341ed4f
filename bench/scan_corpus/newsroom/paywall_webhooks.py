"""Webhook receiver for the subscription billing provider."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from .entitlements import apply_billing_event

bp = Blueprint("paywall_webhooks", __name__)

SIGNING_SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()
MAX_AGE = 300


def _signatures(header: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for item in header.split(","):
        k, _, v = item.strip().partition("=")
        if k == "t" and v.isdigit():
            ts = int(v)
        elif k == "v1":
            sigs.append(v)
    return ts, sigs


def signature_ok(payload: bytes, header: str) -> bool:
    ts, sigs = _signatures(header)
    if not sigs or abs(time.time() - ts) > MAX_AGE:
        return False
    expected = hmac.new(SIGNING_SECRET, f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, s) for s in sigs)


@bp.post("/hooks/billing")
def receive():
    payload = request.get_data()
    if not signature_ok(payload, request.headers.get("Billing-Signature", "")):
        abort(400)
    apply_billing_event(json.loads(payload))
    return "", 204
