"""Webhook receiver for status updates from the contracted SAR helicopter operator."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

bp = Blueprint("heli_webhook", __name__)
log = logging.getLogger(__name__)

VALID_STATES = {"tasked", "airborne", "on_scene", "winching", "returning", "landed"}


def _signing_secret() -> bytes:
    return os.environ["HELI_WEBHOOK_SECRET"].encode()


@bp.post("/hooks/helicopter-status")
def helicopter_status():
    body = request.get_data()
    signature = request.headers.get("X-Operator-Signature", "")
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    if event.get("state") not in VALID_STATES:
        abort(422)
    log.info("asset %s -> %s for incident %s",
             event.get("callsign"), event["state"], event.get("incident_ref"))
    # handed to the dispatch board via the event bus
    from .events import publish
    publish("asset.status", event)
    return {"ok": True}
