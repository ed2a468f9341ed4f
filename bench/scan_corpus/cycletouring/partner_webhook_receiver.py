"""Receives booking status webhooks from the bike rental partner network."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)

bp = Blueprint("partner_webhooks", __name__, url_prefix="/hooks/bike-rental")

SIGNATURE_HEADER = "X-Rental-Signature"
HANDLED_EVENTS = {"rental.confirmed", "rental.cancelled", "rental.bike_swapped"}


def _webhook_secret() -> bytes:
    secret = current_app.config.get("RENTAL_WEBHOOK_SECRET") or os.environ["RENTAL_WEBHOOK_SECRET"]
    return secret.encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _apply_event(event: dict) -> None:
    booking_ref = event["booking_reference"]
    store = current_app.extensions["booking_store"]
    if event["type"] == "rental.confirmed":
        store.mark_bike_confirmed(booking_ref, event["bike_model"], event["frame_size"])
    elif event["type"] == "rental.cancelled":
        store.mark_bike_cancelled(booking_ref, event.get("reason", "unspecified"))
    elif event["type"] == "rental.bike_swapped":
        store.record_bike_swap(booking_ref, event["bike_model"])


@bp.post("/events")
def receive_event():
    body = request.get_data(cache=False)
    received = request.headers.get(SIGNATURE_HEADER, "")
    if received != _expected_signature(body):
        log.warning("rejected rental webhook with bad signature from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    if event.get("type") not in HANDLED_EVENTS:
        log.info("ignoring rental event type %s", event.get("type"))
        return jsonify(status="ignored"), 202

    _apply_event(event)
    log.info("applied %s for booking %s", event["type"], event.get("booking_reference"))
    return jsonify(status="ok"), 200
