"""Receives billing events from the e-commerce subscription platform."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from shop.subscriptions import apply_billing_event

bp = Blueprint("billing_webhooks", __name__, url_prefix="/hooks/billing")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Platform-Signature"
TIMESTAMP_HEADER = "X-Platform-Timestamp"
MAX_SKEW_SECONDS = 300


class SignatureChecker:
    """Checks the HMAC the platform attaches to each delivery."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        candidate = presented.removeprefix("sha256=").strip().lower()
        return self.expected(timestamp, body) == candidate


_checker = SignatureChecker(os.environ["BILLING_WEBHOOK_SECRET"].encode())


def _fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= MAX_SKEW_SECONDS
    except ValueError:
        return False


@bp.post("/events")
def billing_event():
    body = request.get_data(cache=False)
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    presented = request.headers.get(SIGNATURE_HEADER, "")
    if not _fresh(timestamp) or not _checker.matches(timestamp, body, presented):
        abort(401)
    event = json.loads(body)
    log.info("billing event %s for subscription %s", event["type"], event["subscription_id"])
    apply_billing_event(event)
    return {"received": True}
