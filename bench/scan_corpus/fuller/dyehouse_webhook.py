"""Webhook receiving lot status events from the commission dye house.

The dye house posts an event when a lot is received, when the shade is
approved and when the lot is dispatched back to us for pressing.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

from .lots import record_dyehouse_event

log = logging.getLogger(__name__)
bp = Blueprint("dyehouse_hooks", __name__)

KNOWN_EVENTS = {"lot.received", "shade.approved", "shade.rejected", "lot.dispatched"}


def _signing_secret() -> bytes:
    secret = current_app.config.get("DYEHOUSE_WEBHOOK_SECRET") or os.environ.get(
        "DYEHOUSE_WEBHOOK_SECRET", ""
    )
    if not secret:
        raise RuntimeError("DYEHOUSE_WEBHOOK_SECRET is not configured")
    return secret.encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/hooks/dyehouse")
def dyehouse_event():
    body = request.get_data(cache=False)
    sent = request.headers.get("X-Dyehouse-Signature", "")
    if sent != _expected_signature(body):
        log.warning("dye-house webhook signature mismatch from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in KNOWN_EVENTS:
        return jsonify({"ignored": event.get("type")}), 202

    record_dyehouse_event(
        lot_no=event["lot_no"],
        event_type=event["type"],
        shade_ref=event.get("shade_ref"),
        occurred_at=event.get("occurred_at"),
    )
    log.info("dye-house event %s for lot %s", event["type"], event["lot_no"])
    return jsonify({"accepted": True})
