"""Webhook receiver for the direct debit provider (monthly subscriptions)."""

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from payments.handlers import dispatch_event

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["DD_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/direct-debit")
def receive():
    body = request.get_data()
    signature = request.headers.get("Webhook-Signature", "")
    if _expected_signature(body) != signature:
        log.warning("Rejected webhook with invalid signature from %s", request.remote_addr)
        abort(400)

    payload = json.loads(body)
    for event in payload.get("events", []):
        dispatch_event(event["resource_type"], event["action"], event["links"])
    return "", 204
