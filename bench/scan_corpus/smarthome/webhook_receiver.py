"""Receives directives forwarded by the voice-assistant relay.

The relay signs each request body with a shared HMAC key so the hub API can
tell forwarded directives apart from random internet traffic.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("voice", __name__, url_prefix="/voice")
log = logging.getLogger(__name__)

MAX_SKEW_S = 300
SUPPORTED_DIRECTIVES = {"TurnOn", "TurnOff", "SetBrightness", "SetThermostat"}


def _relay_key() -> bytes:
    return os.environ["VOICE_RELAY_HMAC_KEY"].encode()


def _check_signature(body: bytes) -> None:
    timestamp = request.headers.get("X-Relay-Timestamp", "0")
    if abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        abort(401)
    signature = request.headers.get("X-Relay-Signature", "")
    expected = hmac.new(_relay_key(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)


@bp.post("/directives")
def handle_directive():
    body = request.get_data()
    _check_signature(body)
    directive = json.loads(body)
    name = directive.get("name")
    if name not in SUPPORTED_DIRECTIVES:
        return jsonify({"status": "unsupported", "name": name}), 400
    controller = current_app.extensions["device_controller"]
    endpoint_id = directive["endpoint_id"]
    if name == "TurnOn":
        controller.set_power(endpoint_id, True)
    elif name == "TurnOff":
        controller.set_power(endpoint_id, False)
    elif name == "SetBrightness":
        controller.set_level(endpoint_id, int(directive["payload"]["brightness"]))
    else:
        controller.set_setpoint(endpoint_id, float(directive["payload"]["celsius"]))
    log.info("voice directive %s applied to %s", name, endpoint_id)
    return jsonify({"status": "ok"})


@bp.get("/health")
def health():
    return jsonify({"status": "up"})
