"""Tracking updates from the freight courier that ships finished mounts.

Large mounts (elk, bear, full-body predators) travel in crates by freight;
the courier posts status changes which we mirror on the commission page.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .shipments import record_delivery, record_exception, record_transit_event

bp = Blueprint("courier_webhook", __name__)
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"in_transit", "out_for_delivery", "delivered", "exception"}


def _signing_key() -> bytes:
    return os.environ["COURIER_WEBHOOK_KEY"].encode("utf-8")


def _signature_for(body: bytes) -> str:
    return hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, received: str) -> bool:
    return hmac.compare_digest(_signature_for(body), received)


@bp.route("/webhooks/courier", methods=["POST"])
def courier_event():
    body = request.get_data()
    received = request.headers.get("X-Courier-Signature", "")
    if not _signature_ok(body, received):
        log.warning("courier webhook with invalid signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    event_type = event.get("event")
    if event_type not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    tracking = event["tracking_number"]
    if event_type == "delivered":
        record_delivery(tracking, signed_by=event.get("signed_by"), at=event["timestamp"])
    elif event_type == "exception":
        record_exception(tracking, reason=event.get("reason", "unspecified"), at=event["timestamp"])
    else:
        record_transit_event(tracking, event_type, location=event.get("location"), at=event["timestamp"])
    log.info("courier %s event for %s", event_type, tracking)
    return jsonify(status="ok"), 200
