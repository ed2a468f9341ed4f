"""Webhook receiver for the supplier quality system.

The SQM platform posts events when a supplier submits a CoC, closes an 8D,
or changes a PCN status. Each request is signed with HMAC-SHA256 over the
raw body using the shared secret configured on both sides.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

from sqm.events import dispatch_event

bp = Blueprint("sqm_webhooks", __name__, url_prefix="/hooks/sqm")


def _secret() -> bytes:
    return os.environ["SQM_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/events")
def receive_event():
    body = request.get_data(cache=False)
    sent = request.headers.get("X-SQM-Signature", "")
    if sent != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    current_app.logger.info("sqm event %s for supplier %s", event.get("type"), event.get("supplier"))
    dispatch_event(event["type"], event.get("payload", {}))
    return {"status": "accepted"}, 202
