"""Receives uplink events pushed by the LoRaWAN network server.

The network server signs each request body with HMAC-SHA256 using the shared
integration secret and sends the hex digest in ``X-Uplink-Signature``.
"""

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("lns_webhook", __name__, url_prefix="/integrations/lns")
log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = os.environ["LNS_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, provided: str | None) -> bool:
    if not provided:
        return False
    return _expected_signature(body) == provided.strip().lower()


@bp.post("/uplink")
def uplink():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Uplink-Signature")):
        abort(401)

    event = json.loads(body)
    dev_eui = event.get("deviceInfo", {}).get("devEui")
    if not dev_eui:
        abort(400)

    ingest = current_app.extensions["telemetry_ingest"]
    ingest.submit(dev_eui=dev_eui, f_port=event.get("fPort"), data=event.get("data"),
                  rx=event.get("rxInfo", []))
    log.debug("queued uplink from %s", dev_eui)
    return {"status": "queued"}, 202
