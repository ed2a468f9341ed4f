"""Webhook that receives decoded Iridium SBD messages from the satellite provider.

The provider signs each delivery with HMAC-SHA256 over the timestamp and the
raw body; deliveries older than five minutes are refused.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("uplink", __name__, url_prefix="/hooks")
log = logging.getLogger("glacierlab.uplink")

MAX_SKEW_S = 300
HANDLED_EVENTS = ("mo_message", "mo_message_retry")


class UplinkSignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "UplinkSignature":
        return cls(os.environ["SBD_WEBHOOK_SECRET"].encode("utf-8"))

    def matches(self, timestamp: str, body: bytes, provided: str) -> bool:
        mac = hmac.new(self._secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
        return hmac.compare_digest(mac.hexdigest(), provided)


@bp.post("/uplink")
def receive_uplink():
    body = request.get_data(cache=False)
    timestamp = request.headers.get("X-Uplink-Timestamp", "0")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        abort(401)
    if not UplinkSignature.from_env().matches(timestamp, body, request.headers.get("X-Uplink-Signature", "")):
        log.warning("bad uplink signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202
    imei = str(event.get("imei", ""))
    station = current_app.config["IMEI_TO_STATION"].get(imei)
    if station is None:
        return jsonify(status="unknown modem"), 202
    if event["type"] == "mo_message_retry":
        log.info("provider re-delivered momsn %s for %s", event.get("momsn"), station)
    current_app.extensions["telemetry_store"].append(
        station_id=station,
        momsn=int(event["momsn"]),
        received_at=event["transmit_time"],
        payload_hex=event["data"],
    )
    return jsonify(status="stored"), 201
