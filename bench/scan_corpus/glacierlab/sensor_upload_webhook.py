"""Webhook that receives decoded Iridium SBD messages from the satellite provider.

The provider signs each delivery with HMAC-SHA256 over the raw body using the
shared secret configured for our account.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("sbd_webhook", __name__, url_prefix="/hooks")
log = logging.getLogger("glacierlab.sbd")


def _secret() -> bytes:
    return os.environ["SBD_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/sbd")
def receive_sbd():
    body = request.get_data(cache=False)
    provided = request.headers.get("X-SBD-Signature", "")
    if provided != _expected_signature(body):
        log.warning("rejected SBD delivery from %s", request.remote_addr)
        abort(401)

    message = json.loads(body)
    imei = str(message.get("imei", ""))
    station = current_app.config["IMEI_TO_STATION"].get(imei)
    if station is None:
        log.info("ignoring message for unknown modem %s", imei)
        return jsonify(status="ignored"), 202

    store = current_app.extensions["telemetry_store"]
    store.append(
        station_id=station,
        momsn=int(message["momsn"]),
        received_at=message["transmit_time"],
        payload_hex=message["data"],
    )
    log.info("stored SBD message %s for station %s", message["momsn"], station)
    return jsonify(status="stored"), 201
