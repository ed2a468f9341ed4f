"""Webhook endpoint for ERP order and shipment events."""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from .tasks import enqueue_erp_event

bp = Blueprint("erp_webhook", __name__, url_prefix="/hooks/erp")

ACCEPTED_EVENTS = {"order.released", "order.changed", "shipment.posted", "item.updated"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["ERP_WEBHOOK_SECRET"].encode()
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/events")
def receive_event():
    body = request.get_data(cache=False)
    sent = request.headers.get("X-ERP-Signature", "")
    if sent != _expected_signature(body):
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in ACCEPTED_EVENTS:
        return {"status": "ignored"}, 202
    enqueue_erp_event(event["type"], event.get("data", {}))
    return {"status": "queued"}, 202
