"""Verification of signed webhooks from partner merchants.

Partners sign ``<timestamp>.<raw body>`` with their webhook secret using
HMAC-SHA256 and send ``X-Loyalty-Timestamp`` and ``X-Loyalty-Signature``.
"""
import hashlib
import hmac
import time

from flask import Blueprint, abort, request

from loyalty.partners import get_webhook_secret
from loyalty.webhooks import enqueue_partner_event

bp = Blueprint("partner_webhooks", __name__)
TOLERANCE_S = 300


def signature_ok(secret: bytes, timestamp: str, body: bytes, presented: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > TOLERANCE_S:
        return False
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), presented.strip().lower().encode())


@bp.post("/webhooks/partners/<partner_code>")
def receive(partner_code: str):
    secret = get_webhook_secret(partner_code)
    if secret is None:
        abort(404)
    ok = signature_ok(
        secret,
        request.headers.get("X-Loyalty-Timestamp", ""),
        request.get_data(cache=True),
        request.headers.get("X-Loyalty-Signature", ""),
    )
    if not ok:
        abort(401)
    enqueue_partner_event(partner_code, request.get_json(force=True))
    return "", 204
